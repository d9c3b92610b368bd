package academy.anxin.api.v1;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents {@code POST /api/v1/verifications}, {@code POST /api/v1/matches} and the catalog's {@code GET
 * /api/v1/catalog/courses} and {@code /micro-lessons} in {@code /openapi}: the endpoints are servlets
 * ({@link VerificationServlet}, {@link MatchServlet}, {@link CatalogServlet}),
 * which MicroProfile OpenAPI cannot scan, so this model is merged with what the JAX-RS resources' annotations
 * give (registered as {@code mp.openapi.model.reader}). The bodies' schemas come from the annotated records
 * ({@link VerificationRequest.Body}, {@link VerificationServlet.Answer}, {@code ApiProblem}).
 */
public class VerificationDocument implements OASModelReader {

    static final String PATH = "/api/v1/verifications";
    static final String MATCHES = "/api/v1/matches";
    static final String API_KEY = "apiKey";
    private static final String JSON = "application/json";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An organization's API key (axk_...), created by its admins on the "
                                + "organization's page and shown once. Sent as Authorization: Bearer <key>.")))
                .paths(OASFactory.createPaths().addPathItem(PATH, OASFactory.createPathItem()
                        .POST(OASFactory.createOperation()
                                .operationId("verify")
                                .addTag("verification")
                                .summary("Verify a volunteer for a case")
                                .description("Names the volunteer (a credential number, or a member id within the "
                                        + "key's organization) and what the case needs (minimum tier, "
                                        + "endorsements, risk level; each optional). Answers allowed or not, the "
                                        + "reasons (\"L3 required, holds L2\", \"DISABILITY endorsement "
                                        + "suspended\"), the credentials that decided it with what they say, and "
                                        + "the time of the check. Nothing else about the person is disclosed. "
                                        + "Rate-limited per key; every call is audited.")
                                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY))
                                .requestBody(OASFactory.createRequestBody().required(true)
                                        .content(json("VerificationRequest")))
                                .responses(OASFactory.createAPIResponses()
                                        .addAPIResponse("200", response("decided", "VerificationAnswer"))
                                        .addAPIResponse("400", problem("malformed body: not JSON, both or neither "
                                                + "volunteer field, a member id that is not a positive number, an "
                                                + "unknown tier, endorsement or risk code, a malformed credential "
                                                + "number or a wrong check digit; the code names the field"))
                                        .addAPIResponse("401", problem("missing, unknown or revoked API key")
                                                .addHeader("WWW-Authenticate", header("Bearer")))
                                        .addAPIResponse("404", problem("no such credential number, or no such "
                                                + "member in the key's organization"))
                                        .addAPIResponse("413", problem("a body over 4 KB"))
                                        .addAPIResponse("429", problem("over the key's rate")
                                                .addHeader("Retry-After",
                                                        header("seconds until a call would be taken"))))))
                        .addPathItem(MATCHES, OASFactory.createPathItem()
                        .POST(OASFactory.createOperation()
                                .operationId("match")
                                .addTag("matching")
                                .summary("Match a case to the organization's volunteers")
                                .description("Describes a case without identifying anyone (population, risk level, "
                                        + "channel, language, accessibility needs, concerns). Answers what the case "
                                        + "rules ask of a volunteer, the key organization's members who may take "
                                        + "it (by member id, with the reasons and the deciding credentials' validity, "
                                        + "most approved experience with the population at that risk first), and "
                                        + "when nobody may: what is missing, listed organizations of the same city "
                                        + "whose volunteers may, and where the rules refer the case (imminent danger "
                                        + "to 110/120, severe mental illness to a mental-health institution). "
                                        + "Decided by the same case rules as /api/v1/verifications. Rate-limited per "
                                        + "key; every match is audited without the case.")
                                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY))
                                .requestBody(OASFactory.createRequestBody().required(true)
                                        .content(json("MatchRequest")))
                                .responses(OASFactory.createAPIResponses()
                                        .addAPIResponse("200", response("matched", "MatchAnswer"))
                                        .addAPIResponse("400", problem("malformed body: not JSON, a missing "
                                                + "population or riskLevel, an unknown code, a code over 40 "
                                                + "characters, a field of the wrong type, too many entries, a limit "
                                                + "outside 1-50; the code names the field (match.population, ...)"))
                                        .addAPIResponse("401", problem("missing, unknown or revoked API key")
                                                .addHeader("WWW-Authenticate", header("Bearer")))
                                        .addAPIResponse("413", problem("a body over 4 KB"))
                                        .addAPIResponse("429", problem("over the key's rate")
                                                .addHeader("Retry-After",
                                                        header("seconds until a call would be taken"))))))
                        .addPathItem(CatalogServlet.COURSES, catalog("courses", "List current courses",
                                "Public. Each course's current version, with the tier or endorsement it serves, its "
                                        + "lesson count and estimated minutes.", "CourseEntry"))
                        .addPathItem(CatalogServlet.MICRO_LESSONS, catalog("microLessons",
                                "List current micro-lessons", "Public. One-minute lessons with their tags.",
                                "MicroLessonEntry")));
    }

    /** A catalog list: public, in one language, kept per content generation, with an entity tag. */
    private static PathItem catalog(String id, String summary, String description, String entry) {
        MediaType list = OASFactory.createMediaType().schema(OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref("#/components/schemas/" + entry)));
        return OASFactory.createPathItem().GET(OASFactory.createOperation()
                .operationId(id)
                .addTag("catalog")
                .summary(summary)
                .description(description + " Sent with Cache-Control: no-cache and an ETag; a client that sends it "
                        + "back in If-None-Match gets 304 until content is imported.")
                .addParameter(OASFactory.createParameter().name("lang").in(Parameter.In.QUERY)
                        .description("zh (default) or en").schema(OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("the list")
                                .content(OASFactory.createContent().addMediaType(JSON, list))
                                .addHeader("ETag", header("the list's entity tag")))
                        .addAPIResponse("304", OASFactory.createAPIResponse()
                                .description("the client's copy (If-None-Match) is current"))
                        .addAPIResponse("400", problem("lang is neither zh nor en"))));
    }

    private static APIResponse problem(String description) {
        return response(description, "ApiProblem");
    }

    private static APIResponse response(String description, String schema) {
        return OASFactory.createAPIResponse().description(description).content(json(schema));
    }

    private static Content json(String schema) {
        MediaType type = OASFactory.createMediaType().schema(OASFactory.createSchema()
                .ref("#/components/schemas/" + schema));
        return OASFactory.createContent().addMediaType(JSON, type);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }
}
