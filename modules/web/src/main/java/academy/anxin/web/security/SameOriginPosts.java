package academy.anxin.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses (403) a form post to a page that a browser says comes from another site. Pages shown to visitors who
 * have not logged in are stateless (no session, so no server-side view state whose random id would stop a forged
 * post), and this is what stops a forged login or registration instead: a browser names the page a post comes from
 * in {@code Origin} (or at least {@code Referer}), and a page on another site cannot change it.
 * <p>
 * A post with neither header is let through: every browser in use sends {@code Origin} with a post, and a client
 * that sends neither is not a browser carrying someone's cookies, so it can forge nothing it could not do itself.
 * The page's own host is the {@code Host} the request came to; the configured public address
 * ({@code anxin.public.url}) is accepted as well, for a proxy that rewrites {@code Host}.
 */
// mapped in web.xml, where the filters' order is set
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            String from = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
            if (from != null && !ours(authority(from), request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean ours(String authority, HttpServletRequest request) {
        if (authority == null) {
            return false; // "null" (a sandboxed frame, a redirect across sites) or garbage: not one of our pages
        }
        String host = request.getHeader("Host");
        if (host != null && authority.equals(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return ConfigProvider.getConfig().getOptionalValue("anxin.public.url", String.class)
                .map(SameOriginPosts::authority).filter(authority::equals).isPresent();
    }

    /** "host:port" of an origin or an address, lower case; null when it has none. */
    static String authority(String address) {
        try {
            String authority = new URI(address.trim()).getRawAuthority();
            return authority == null ? null : authority.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }
}
