package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.application.Directory;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.DirectoryQuery;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public directory of verified services for other apps: what /help shows, as JSON, with the same search. A
 * malformed parameter is a 400 whose problem names it; nothing here needs a key.
 */
@Path("/v1/services")
@RequestScoped
@Tag(name = "directory")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceDirectoryResource {

    private static final String POPULATIONS = Arrays.stream(Population.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String LANGUAGES = Arrays.stream(ServiceLanguage.values()).map(ServiceLanguage::tag)
            .collect(Collectors.joining(", "));

    @Inject
    Directory directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Find verified services",
            description = "Public. The services whose listing the platform verified, matching every parameter given "
                    + "(none: all of them), by region then name. A region matches the services in it: 420000 (Hubei) "
                    + "finds those in 420106 (Wuchang, Wuhan). Each carries its verification date and how many of its "
                    + "members hold a valid credential per tier and endorsement, counted now.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ServiceEntry.class)))
    @APIResponse(responseCode = "400", description = "a parameter is malformed or names no choice; `code` names it "
            + "(region.invalid, population.invalid, lang.invalid, channel.invalid, access.invalid), also when a "
            + "single-valued parameter is given twice or access more times than there are features",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response find(
            @Parameter(description = "GB/T 2260 administrative division code, six digits, e.g. 420106")
            @QueryParam("region") String region,
            @Parameter(description = "whom the service serves, e.g. BEREAVED")
            @QueryParam("population") String population,
            @Parameter(description = "a language tag: zh, yue, en, bo, ug, mn, za or ko")
            @QueryParam("lang") String lang,
            @Parameter(description = "HOTLINE, ONLINE_CHAT or WALK_IN") @QueryParam("channel") String channel,
            @Parameter(description = "accessibility every result must offer, repeatable: SIGN_LANGUAGE, "
                    + "TEXT_CONTACT, EASY_READ, STEP_FREE") @QueryParam("access") List<String> access) {
        // a parameter given twice would be read as its first value and the second dropped unseen: refused instead
        for (String single : List.of("region", "population", "lang", "channel")) {
            List<String> values = uri.getQueryParameters().get(single);
            if (values != null && values.size() > 1) {
                return bad(single + ".invalid", single + ": given more than once / " + single + " 只能给一个值");
            }
        }
        if (access != null && access.size() > Accessibility.values().length) {
            return bad("access.invalid", "access: at most " + Accessibility.values().length + " values / access 取值过多");
        }
        RegionCode regionCode = null;
        if (given(region)) {
            if (!RegionCode.isValid(region)) {
                return bad("region.invalid", "region: not an administrative division code such as 420106 / "
                        + "region 不是行政区划代码（6 位数字，如 420106）");
            }
            regionCode = new RegionCode(region);
        }
        Population who = null;
        if (given(population)) {
            who = choice(Population.class, population);
            if (who == null) {
                return bad("population.invalid", "population: one of " + POPULATIONS + " / population 取值无效");
            }
        }
        ServiceLanguage language = null;
        if (given(lang)) {
            language = ServiceLanguage.ofTag(lang).orElse(null);
            if (language == null) {
                return bad("lang.invalid", "lang: one of " + LANGUAGES + " / lang 取值无效");
            }
        }
        Channel how = null;
        if (given(channel)) {
            how = choice(Channel.class, channel);
            if (how == null) {
                return bad("channel.invalid", "channel: HOTLINE, ONLINE_CHAT or WALK_IN / channel 取值无效");
            }
        }
        Set<Accessibility> needs = EnumSet.noneOf(Accessibility.class);
        for (String need : access == null ? List.<String>of() : access) {
            Accessibility a = choice(Accessibility.class, need);
            if (a == null) {
                return bad("access.invalid", "access: SIGN_LANGUAGE, TEXT_CONTACT, EASY_READ or STEP_FREE / "
                        + "access 取值无效");
            }
            needs.add(a);
        }
        List<ServiceEntry> found = directory.search(new DirectoryQuery(regionCode, who, how, language, needs))
                .stream().map(l -> ServiceEntry.of(l, directory::regionName)).toList();
        return Response.ok(found).header("Access-Control-Allow-Origin", "*").header("Cache-Control", "no-cache")
                .build();
    }

    private static boolean given(String parameter) {
        return parameter != null && !parameter.isEmpty();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null || name.length() > 40) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static Response bad(String code, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Access-Control-Allow-Origin", "*").entity(new ApiProblem(code, message)).build();
    }
}
