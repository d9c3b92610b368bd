package academy.anxin.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

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
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ContentSecurityPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Content-Security-Policy";
    /** For anything that is not a page. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, NOTHING);
        chain.doFilter(request, new OnePolicy(response));
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
