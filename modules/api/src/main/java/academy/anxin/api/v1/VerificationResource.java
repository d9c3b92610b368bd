package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.application.ApiKeys;
import academy.anxin.credentials.application.RateLimits;
import academy.anxin.credentials.application.Verification;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "May this volunteer take this case?" for case-assignment services, authenticated by an organization's API key.
 * The order of the checks is the contract's: the key (401), then the key's rate (429), then the body (413, 400),
 * then the volunteer (404). Every call that carries a known key is audited, refused ones too; a call without a
 * known key has no one to be recorded against.
 */
@Path("/v1/verifications")
@ApplicationScoped
@Tag(name = "verification")
@SecurityScheme(securitySchemeName = VerificationResource.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An organization's API key (axk_...), created by its admins on the organization's page and "
                + "shown once. Sent as Authorization: Bearer <key>.")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    static final String API_KEY = "apiKey";
    private static final String BEARER = "bearer ";

    @Inject
    ApiKeys apiKeys;

    @Inject
    RateLimits rateLimits;

    @Inject
    Verification verification;

    @POST
    @Operation(summary = "Verify a volunteer for a case",
            description = "Names the volunteer (a credential number, or a member id within the key's organization) "
                    + "and what the case needs (minimum tier, endorsements, risk level; each optional). Answers "
                    + "allowed or not, the reasons (\"L3 required, holds L2\", \"DISABILITY endorsement suspended\"), "
                    + "the credentials that decided it with what they say, and the time of the check. Nothing else "
                    + "about the person is disclosed. Rate-limited per key; every call is audited.")
    @SecurityRequirement(name = API_KEY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationRequest.Body.class)))
    @APIResponse(responseCode = "200", description = "decided",
            content = @Content(schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "malformed body: not JSON, both or neither volunteer field, "
            + "a member id that is not a positive number, an unknown tier, endorsement or risk code, a malformed "
            + "credential number or a wrong check digit; the code names the field",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "401", description = "missing, unknown or revoked API key",
            headers = @Header(name = HttpHeaders.WWW_AUTHENTICATE, description = "Bearer"),
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "no such credential number, or no such member in the key's "
            + "organization", content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "413", description = "a body over 4 KB",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "429", description = "over the key's rate",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds until a call would be taken"),
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body)
            throws IOException {
        Optional<ApiKeys.ApiClient> known = apiKeys.authenticate(bearer(authorization));
        if (known.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, authorization == null ? "Bearer realm=\"anxin\""
                            : "Bearer realm=\"anxin\", error=\"invalid_token\"")
                    .entity(new ApiProblem("auth.apiKey", "a valid API key is required: Authorization: Bearer <key> "
                            + "/ 需要有效的 API 密钥"))
                    .build();
        }
        ApiKeys.ApiClient client = known.get();
        long wait = rateLimits.take(client.keyId(), client.perMinute(), System.nanoTime());
        if (wait > 0) {
            verification.refused(client.keyId(), "over the rate of " + client.perMinute() + "/min", "RATE_LIMITED");
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, wait))
                    .entity(new ApiProblem("rate.limited", "over this key's " + client.perMinute()
                            + " calls a minute; retry after " + Math.max(1, wait) + " s / 超出调用频率限制"))
                    .build();
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(VerificationRequest.LARGEST_BODY + 1);
        if (bytes.length > VerificationRequest.LARGEST_BODY) {
            verification.refused(client.keyId(), "body over " + VerificationRequest.LARGEST_BODY + " bytes",
                    "TOO_LARGE");
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(new ApiProblem("verification.tooLarge", "the body is over "
                            + VerificationRequest.LARGEST_BODY + " bytes / 请求体过大"))
                    .build();
        }
        VerificationRequest request;
        try {
            request = VerificationRequest.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (VerificationRequest.Malformed malformed) {
            verification.refused(client.keyId(), "malformed: " + malformed.problem().code(), "MALFORMED");
            return Response.status(Response.Status.BAD_REQUEST).entity(malformed.problem()).build();
        }
        Verification.Answer answer;
        try {
            answer = verification.verify(client, request.volunteer(), request.requirement(), request.asked());
        } catch (Verification.UnknownVolunteer unknown) {
            return Response.status(Response.Status.NOT_FOUND).entity(new ApiProblem("verification.unknownVolunteer",
                    request.volunteer().credentialNumber() != null ? "no credential with this number / 无此证书编号"
                            : "no such member in this key's organization / 本机构无此成员"))
                    .build();
        } catch (DomainException refused) {
            // the number's shape or check digit (Verification has recorded the call already)
            if (refused.messageKey() == null || !refused.messageKey().startsWith("credential.number.")) {
                throw refused;
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(new ApiProblem(refused.messageKey(),
                    "volunteer.credentialNumber: " + (refused.messageKey().endsWith("checkDigit")
                            ? "the check digit does not match; a digit is mistyped / 校验位不符，编号可能输错"
                            : "not a credential number such as AX-L2-26-0000123-8 / 证书编号格式不正确")))
                    .build();
        }
        return Response.ok(Answer.of(answer)).build();
    }

    /** The key from {@code Authorization: Bearer <key>} (scheme in any case, RFC 7235); null when there is none. */
    private static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** The JSON answer. */
    @Schema(name = "VerificationAnswer")
    @JsonbPropertyOrder({"allowed", "reasons", "credentials", "checkedAt"})
    public record Answer(boolean allowed, List<String> reasons, List<CredentialEntry> credentials, Instant checkedAt) {

        static Answer of(Verification.Answer answer) {
            return new Answer(answer.allowed(), answer.reasons(),
                    answer.credentials().stream().map(CredentialEntry::of).toList(), answer.checkedAt());
        }
    }
}
