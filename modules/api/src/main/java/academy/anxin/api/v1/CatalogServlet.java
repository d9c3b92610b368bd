package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.learning.application.MicroLessonView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/v1/catalog/courses} and {@code /api/v1/catalog/micro-lessons}: the public catalog, current courses
 * and micro-lessons in Chinese ({@code lang} absent, {@code zh}) or English ({@code en}); anything else is a 400
 * {@code catalog.lang}. The JSON is built once per content generation and language ({@link CatalogDocuments}) and
 * sent {@code Cache-Control: no-cache} with an entity tag: a client that holds it gets 304.
 *
 * <p>A servlet rather than a JAX-RS resource, as the verification is: once the JSON is kept, JAX-RS's per-request
 * machinery (routing, a request-scoped resource, providers) was most of the call's cost, about two thirds of the
 * trivial endpoint's rate lost (measured with setup/bench/catalog). Documented in {@code /openapi} by
 * {@link VerificationDocument}.
 */
@WebServlet({CatalogServlet.COURSES, CatalogServlet.MICRO_LESSONS})
public class CatalogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String COURSES = "/api/v1/catalog/courses";
    static final String MICRO_LESSONS = "/api/v1/catalog/micro-lessons";

    @Inject
    transient CatalogDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = language(request.getParameter("lang"));
        if (language == null) {
            KeyedApiServlet.reply(response, HttpServletResponse.SC_BAD_REQUEST, new ApiProblem("catalog.lang",
                    "lang must be zh or en / lang 只能是 zh 或 en"));
            return;
        }
        CatalogDocuments.Document document = COURSES.equals(request.getServletPath())
                ? documents.courses(language) : documents.microLessons(language);
        String tag = "\"" + document.tag() + "\"";
        // a client may keep it, but asks each time: an import can change it at any moment
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", tag);
        if (held(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(document.json().length);
        response.getOutputStream().write(document.json());
    }

    /** zh or en, absent means zh; anything else is refused rather than guessed. */
    static Language language(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("zh") || lang.equalsIgnoreCase("zh-CN")) {
            return Language.ZH;
        }
        return lang.equalsIgnoreCase("en") ? Language.EN : null;
    }

    /** Whether If-None-Match names this tag (weakly compared, RFC 9110 §13.1.2), or is "*". */
    static boolean held(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String each : ifNoneMatch.split(",")) {
            String candidate = each.strip();
            if (candidate.equals("*") || candidate.equals(tag) || candidate.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }

    /** A course in the API: one language, no personal data. */
    @Schema(name = "CourseEntry", description = "A current course in one language.")
    public record CourseEntry(String id, String code, int version, String title, String summary, String tier,
                              String endorsement, int lessonCount, int minutes, List<String> topics,
                              List<String> prerequisites) {

        static CourseEntry of(CourseCard card, Language language) {
            boolean tier = "TIER".equals(card.servesKind());
            return new CourseEntry(card.code() + "@" + card.version(), card.code(), card.version(),
                    card.title().in(language), card.summary().in(language), tier ? card.servesCode() : null,
                    tier ? null : card.servesCode(), card.lessonCount(), card.minutes(), card.topics(),
                    card.prerequisites().stream().map(CourseCard.CourseRef::code).toList());
        }
    }

    /** A micro-lesson in the API. */
    @Schema(name = "MicroLessonEntry", description = "A current micro-lesson in one language.")
    public record MicroLessonEntry(String id, String code, int version, String title, String tier,
                                   String endorsement, int lessonCount, int minutes, List<String> tags) {

        static MicroLessonEntry of(MicroLessonView view, Language language) {
            boolean tier = view.servesCode() != null && view.servesCode().matches("L[1-4]");
            return new MicroLessonEntry(view.code() + "@" + view.version(), view.code(), view.version(),
                    view.title().in(language), tier ? view.servesCode() : null,
                    tier || view.servesCode() == null ? null : view.servesCode(), 1, view.minutes(), view.tags());
        }
    }
}
