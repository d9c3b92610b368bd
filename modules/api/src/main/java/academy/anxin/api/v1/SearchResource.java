package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.search.application.Search;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.application.SearchResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public search over the curriculum (courses and micro-lessons; lesson texts are for logged-in volunteers). */
@Path("/v1/search")
@RequestScoped
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final List<String> DIMENSIONS = List.of("serves", "kind", "topic");

    @Inject
    Search search;

    @GET
    @Operation(summary = "Search the curriculum", description = "Chinese or English words (judged by the script); "
            + "hits with highlighted snippets (<mark>), facet counts, paging. Quotes, brackets and operators are "
            + "taken as text.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "empty or over-long q, bad lang, page or facet",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response search(@Parameter(description = "the words, at most 200 characters") @QueryParam("q") String q,
                           @Parameter(description = "zh (default) or en: the language of titles in the answer")
                           @QueryParam("lang") String lang,
                           @Parameter(description = "dimension:value, repeatable; dimensions serves, kind, topic")
                           @QueryParam("facet") List<String> facets,
                           @Parameter(description = "from 0") @QueryParam("page") @DefaultValue("0") String page) {
        boolean english;
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("zh")) {
            english = false;
        } else if (lang.equalsIgnoreCase("en")) {
            english = true;
        } else {
            return bad("search.lang", "lang must be zh or en / lang 只能是 zh 或 en");
        }
        if (!page.matches("\\d{1,4}")) {
            return bad("search.page", "page must be a number from 0 / page 须为从 0 开始的数字");
        }
        Map<String, String> filters = new HashMap<>();
        for (String facet : facets == null ? List.<String>of() : facets) {
            String[] parts = facet.split(":", 2);
            if (parts.length != 2 || !DIMENSIONS.contains(parts[0]) || parts[1].isBlank() || parts[1].length() > 40) {
                return bad("search.facet", "facet must be serves:, kind: or topic: and a value / facet 格式不正确");
            }
            filters.put(parts[0], parts[1]);
        }
        SearchResults results = search.search(new SearchQuery(q, filters, Integer.parseInt(page), false));
        if ("search.empty".equals(results.refusal())) {
            return bad("search.empty", "q is empty / 请输入要搜索的内容");
        }
        if ("search.tooLong".equals(results.refusal())) {
            return bad("search.tooLong", "q is longer than 200 characters / 搜索内容不能超过 200 个字符");
        }
        if (results.refusal() != null) {
            return Response.status(503).entity(new ApiProblem(results.refusal(), "the index is being built / 索引正在建立")).build();
        }
        return Response.ok(Answer.of(results, english)).build();
    }

    private static Response bad(String code, String message) {
        return Response.status(400).entity(new ApiProblem(code, message)).build();
    }

    /** The JSON answer. */
    public record Answer(long total, int page, int pages, List<HitEntry> hits,
                         Map<String, List<SearchResults.FacetCount>> facets) {

        static Answer of(SearchResults results, boolean english) {
            return new Answer(results.total(), results.page(), results.pages(),
                    results.hits().stream().map(h -> HitEntry.of(h, english)).toList(), results.facets());
        }
    }

    public record HitEntry(String id, String type, String kind, String serves, String title, String snippet,
                           int minutes, String url) {

        static HitEntry of(SearchResults.Hit hit, boolean english) {
            String url = switch (hit.type()) {
                case "course" -> "/course.xhtml?code=" + hit.courseCode();
                case "micro" -> "/micro-lesson.xhtml?code=" + hit.microCode();
                default -> "/app/lesson.xhtml?course=" + hit.courseCode() + "&lesson=" + hit.lessonKey();
            };
            return new HitEntry(hit.id(), hit.type(), hit.kind(), hit.serves(), english ? hit.titleEn() : hit.titleZh(),
                    hit.snippet(), hit.minutes(), url);
        }
    }
}
