package academy.anxin.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Headers every page carries: no framing (clickjacking), no MIME sniffing, no referrer leaking to other sites.
 * Pages answer only GET, POST and HEAD (anything else is a 405 naming those), and a page shown to someone logged in
 * is never stored by the browser or a proxy ({@code Cache-Control: no-store}): the next person at a shared computer
 * must not find it in the cache or behind the back button. Served over HTTPS ({@link HttpsOnly}), every answer
 * tells the browser to use nothing else (HSTS).
 */
// mapped in web.xml, where the filters' order is set
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PAGE_METHODS = Set.of("GET", "POST", "HEAD");

    private boolean https;

    @Override
    public void init() {
        https = HttpsOnly.configured();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", HttpsOnly.HSTS);
        }
        boolean page = isPage(request);
        if (page && !PAGE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, POST, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (page && request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** A JSF page (or the front page's address): not the API, the machine files, or a page's CSS and scripts. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !path.startsWith("/jakarta.faces.resource/")
                && (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty());
    }
}
