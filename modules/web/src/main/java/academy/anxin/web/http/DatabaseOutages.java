package academy.anxin.web.http;

import academy.anxin.api.TryAgain;
import academy.anxin.api.Unavailable;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.WriteConflict;
import academy.anxin.web.i18n.LanguageChoice;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * While the database is unreachable ({@link DatabaseOutage}), every request that would need it is answered at once
 * with 503 and {@code Retry-After}: a short page in the visitor's language, or for the API and scripts (anything
 * that does not ask for HTML) the JSON problem of {@link Unavailable}. Nothing waits on a dead database and nothing
 * is logged per request. A request that finds the database gone on its way (an exception whose cause says so) begins
 * the outage and gets the same answer instead of the 500 page. The pages' own style sheets and scripts are served
 * throughout, so that the page looks like the platform. The login mechanism, which runs before any filter and reads
 * the database for every logged-in request, answers the same way (security's {@code SessionFormMechanism}).
 */
// mapped in web.xml, where the filters' order is set
public class DatabaseOutages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "academy.anxin.web.messages";
    /** Bytes of a page held before any is sent: more than the platform's pages are. */
    private static final int PAGE_BUFFER = 64 * 1024;
    private static final String STYLE = "/jakarta.faces.resource/anxin.css.xhtml?ln=anxin";

    @Inject
    transient DatabaseOutage outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (outage.ongoing() && needsDatabase(request)) {
            answer(request, response);
            return;
        }
        if (!wantsProblem(request)) {
            // a page that fails while it is being written can still be answered 503 while nothing was sent
            response.setBufferSize(PAGE_BUFFER);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (WriteConflict.isConflict(failure) && !response.isCommitted()) {
                // lost to another write at the same moment: rolled back whole, so "try again", not the 500 page
                response.reset();
                tryAgain(request, response);
                return;
            }
            if (!outage.noteFailure(failure)) {
                throw failure;
            }
            if (!response.isCommitted()) {
                response.reset();
                answer(request, response);
            }
        }
    }

    /** Everything but the files pages are made of (CSS, scripts, images from the JSF resource handler). */
    public static boolean needsDatabase(HttpServletRequest request) {
        return !request.getServletPath().startsWith("/jakarta.faces.resource");
    }

    /** The 503 answer, a page or a JSON problem, on a response nothing has been written to. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsProblem(request)) {
            Unavailable.write(response);
            return;
        }
        page(request, response, "outage.title", "outage.text", Unavailable.RETRY_AFTER);
    }

    /**
     * The answer to a request that lost a write conflict ({@link WriteConflict}): nothing of it was stored, and
     * doing it again succeeds. A page or a JSON problem ({@link TryAgain}), 503 with {@code Retry-After: 1}. A page's
     * form posted by JSF gets its own page back with the message instead ({@link ExpiredViews}); this is the
     * answer where JSF had none (servlets, a failure while a page was written).
     */
    public static void tryAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsProblem(request)) {
            TryAgain.write(response);
            return;
        }
        page(request, response, "conflict.title", "conflict.page", TryAgain.RETRY_AFTER);
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, String titleKey,
                             String textKey, String retryAfter) throws IOException {
        Language language = LanguageChoice.ofVisitor(request);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = texts.getString(titleKey);
        String again = request.getContextPath() + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo())
                + ("GET".equals(request.getMethod()) && request.getQueryString() != null
                        ? "?" + request.getQueryString() : "");
        String page = "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + " · " + escape(texts.getString("app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath() + STYLE) + "\"/></head>"
                + "<body><main id=\"main\"><h1>" + escape(title) + "</h1>"
                + "<p id=\"outage-text\" role=\"alert\">" + escape(MessageFormat.format(texts.getString(textKey),
                        retryAfter)) + "</p>"
                + "<p><a id=\"outage-retry\" href=\"" + escape(again) + "\">" + escape(texts.getString("outage.retry"))
                + "</a></p></main></body></html>\n";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(Unavailable.STATUS);
        response.setHeader("Retry-After", retryAfter);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The API, machine files and scripts' calls (they do not ask for HTML) get the JSON problem. */
    private static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/.well-known/")
                || accept == null || !accept.contains("text/html");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
