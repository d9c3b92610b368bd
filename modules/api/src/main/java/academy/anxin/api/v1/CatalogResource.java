package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.learning.application.MicroLessonView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public catalog: current courses and micro-lessons, in Chinese or English, as built once per content
 * generation ({@link CatalogDocuments}), with an entity tag for conditional requests.
 */
@Path("/v1/catalog")
@RequestScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CatalogDocuments documents;

    @Context
    Request request;

    @GET
    @Path("/courses")
    @Operation(summary = "List current courses", description = "Public. Each course's current version, with the tier "
            + "or endorsement it serves, its lesson count and estimated minutes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CourseEntry[].class)))
    @APIResponse(responseCode = "400", description = "lang is neither zh nor en",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response courses(@Parameter(description = "zh (default) or en") @QueryParam("lang") String lang) {
        Language language = language(lang);
        if (language == null) {
            return badLanguage();
        }
        return answer(documents.courses(language));
    }

    @GET
    @Path("/micro-lessons")
    @Operation(summary = "List current micro-lessons", description = "Public. One-minute lessons with their tags.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MicroLessonEntry[].class)))
    @APIResponse(responseCode = "400", description = "lang is neither zh nor en",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response microLessons(@Parameter(description = "zh (default) or en") @QueryParam("lang") String lang) {
        Language language = language(lang);
        if (language == null) {
            return badLanguage();
        }
        return answer(documents.microLessons(language));
    }

    /**
     * The built document, or 304 when the client holds it already; "no-cache": a client may keep it but asks again
     * each time, since an import can change it at any moment.
     */
    private Response answer(CatalogDocuments.Document document) {
        EntityTag tag = new EntityTag(document.tag());
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(revalidate).build();
        }
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag)
                .cacheControl(revalidate).build();
    }

    /** zh or en, absent means zh; anything else is refused rather than guessed. */
    private static Language language(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("zh") || lang.equalsIgnoreCase("zh-CN")) {
            return Language.ZH;
        }
        return lang.equalsIgnoreCase("en") ? Language.EN : null;
    }

    private static Response badLanguage() {
        return Response.status(400).entity(new ApiProblem("catalog.lang",
                "lang must be zh or en / lang 只能是 zh 或 en")).build();
    }

    /** A course in the API: one language, no personal data. */
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
