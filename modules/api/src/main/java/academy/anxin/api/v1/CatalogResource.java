package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.CatalogFilter;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.learning.application.MicroLessonView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalog: current courses and micro-lessons, in Chinese or English. */
@Path("/v1/catalog")
@RequestScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Catalog catalog;

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
        List<CourseEntry> entries = catalog.courses(CatalogFilter.NONE, OptionalLong.empty()).stream()
                .map(c -> CourseEntry.of(c, language)).toList();
        return Response.ok(entries).build();
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
        List<MicroLessonEntry> entries = catalog.microLessons().stream()
                .map(m -> MicroLessonEntry.of(m, language)).toList();
        return Response.ok(entries).build();
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
