package academy.anxin.web.http;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.learning.application.ContentChanges;
import academy.anxin.web.i18n.LanguageChoice;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The public pages that change only when content is imported (the catalog, a course, a micro-lesson), rendered once
 * per address, language and content generation for visitors and sent again from memory ({@link RenderedPages},
 * {@link RenderedPage}: a fresh CSP nonce each time, {@code no-cache} with an entity tag for browsers).
 * <p>
 * Only a visitor's plain GET is served so: nobody logged in (their page shows their own standing, and may never go
 * to anyone else), no cookie but the language's (a session's, a flash message's or a return address's request is
 * rendered as before), and no database outage going on (then every page is the outage's 503, as before). The
 * visitor's page is a stateless view (no view state to share: its forms post {@code stateless}) and starts no
 * session; a rendering that set a cookie or started a session anyway is sent but not kept.
 * <p>
 * Mapped last in {@code web.xml}, after the filters every answer goes through (headers, policy, outage, same-origin
 * posts): a page sent from memory has passed them all.
 */
public class PublicPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The pages kept; each shows only the content of the current generation to a visitor. */
    static final Set<String> KEPT = Set.of("/catalog.xhtml", "/course.xhtml", "/micro-lesson.xhtml");
    /** Longer query strings are rendered each time: no real link has one, and each would be kept apart. */
    private static final int LONGEST_QUERY = 256;

    @Inject
    transient RenderedPages pages;

    @Inject
    transient ContentChanges content;

    @Inject
    transient DatabaseOutage outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        OptionalLong generation = keepable(request) ? content.generation() : OptionalLong.empty();
        if (generation.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RenderedPages.Key key = new RenderedPages.Key(request.getServletPath(), request.getQueryString(),
                LanguageChoice.ofVisitor(request));
        RenderedPage kept = pages.find(key, generation.getAsLong());
        if (kept != null) {
            kept.send(request, response);
            return;
        }
        PageCapture rendered = new PageCapture(response);
        chain.doFilter(request, rendered);
        // a rendering that started a session is no visitor's page to share
        Optional<RenderedPage> page = request.getSession(false) == null
                ? RenderedPage.of(generation.getAsLong(), rendered, rendered.getStatus()) : Optional.empty();
        if (page.isPresent()) {
            pages.keep(key, page.get());
            page.get().send(request, response);
        } else {
            rendered.sendAsRendered();
        }
    }

    private boolean keepable(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && KEPT.contains(request.getServletPath())
                && request.getPathInfo() == null && request.getUserPrincipal() == null
                && (request.getQueryString() == null || request.getQueryString().length() <= LONGEST_QUERY)
                && onlyTheLanguageCookie(request) && !outage.ongoing();
    }

    private static boolean onlyTheLanguageCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LanguageChoice.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }
}
