package academy.anxin.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A Content-Security-Policy on every answer, so that a script slipped into a page (a name, an imported question)
 * cannot run. Pages get theirs from PrimeFaces ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in
 * {@code web.xml}): scripts only from this site or carrying the nonce PrimeFaces makes for each response, and no
 * inline event handlers (PrimeFaces turns them into nonce'd scripts). Every other answer (the API's JSON, files,
 * scripts and styles) gets {@value #NOTHING}: it is never a page, so it may load nothing and be framed nowhere.
 * <p>
 * That answer is set first and the page's policy replaces it: PrimeFaces adds its header, and two policies would
 * both be enforced. Error pages are rendered in an error dispatch, so this runs there too.
 */
// mapped in web.xml, where the filters' order is set
public class ContentSecurityPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "Content-Security-Policy";
    /** For anything that is not a page. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'";
    /** The request parameter PrimeFaces reads a page's nonce from on a post. */
    static final String NONCE = "primefaces.nonce";
    private static final String EXPIRED = "/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, NOTHING);
        HttpServletResponse answer = new OnePolicy(response);
        if (!postWithoutNonce(request)) {
            chain.doFilter(request, answer);
        } else if (request.getUserPrincipal() == null || request.getDispatcherType() != DispatcherType.REQUEST) {
            // a visitor's page, or the error page a refused post is answered with: a new page, a new nonce
            chain.doFilter(withNonce(request), answer);
        } else {
            // a logged-in page keeps its nonce and PrimeFaces would fail on the mismatch: the "page expired" page
            answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(EXPIRED).forward(asPlainGet(request), answer);
        }
    }

    /**
     * A page post carries the nonce of the page it came from ({@value #NONCE}, added to every form by PrimeFaces'
     * script); PrimeFaces answers a post without one with an exception, a 500. A browser always sends it, so a post
     * without it comes from another client: a visitor's (stateless) page is given a fresh nonce, as PrimeFaces does
     * itself for a forwarded request; a logged-in page, which keeps its nonce, gets "page expired" (400). The
     * error page a refused post is answered with (403 from {@link SameOriginPosts}) is rendered for that post too.
     */
    private static boolean postWithoutNonce(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getServletPath().endsWith(".xhtml") && request.getParameter(NONCE) == null;
    }

    private static HttpServletRequest asPlainGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }
        };
    }

    /**
     * A nonce as PrimeFaces makes one for a response (a random UUID's text in Base64): for a page it did not render
     * this time, a visitor's post without one and a page served as kept ({@code web.http.PublicPages}).
     */
    public static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static HttpServletRequest withNonce(HttpServletRequest request) {
        String nonce = freshNonce();
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return NONCE.equals(name) ? nonce : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
                parameters.put(NONCE, new String[] {nonce});
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }
        };
    }

    /** A response on which adding a policy replaces the one there. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
