package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.api.Unavailable;
import academy.anxin.credentials.application.Verification;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.identity.application.ApiKeyService;
import academy.anxin.identity.application.RateLimits;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/verifications}: "may this volunteer take this case?" for case-assignment services,
 * authenticated by an organization's API key. The order of the checks is the contract's: the key (401), then the
 * key's rate (429), then the body (413, 400), then the volunteer (404). Every call that carries a known key is
 * audited, refused ones too; a call without a known key has no one to be recorded against.
 *
 * <p>A servlet rather than a JAX-RS resource: services call this before every case assignment, and JAX-RS's
 * per-request machinery (routing, injection, event listeners, entity providers) was a third of the call's cost,
 * measured with setup/bench/verification. The contract is documented in {@code /openapi} by {@link
 * VerificationDocument}.
 */
@WebServlet("/api/v1/verifications")
public class VerificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(VerificationServlet.class.getName());
    private static final String BEARER = "bearer ";
    /**
     * The answers are written with JSON-P rather than bound by JSON-B: binding a record graph hashed every record
     * on the way (JSON-B's cycle check), an eighth of the call. Created once; thread-safe.
     */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Inject
    transient ApiKeyService apiKeys;

    @Inject
    transient RateLimits rateLimits;

    @Inject
    transient Verification verification;

    @Inject
    transient DatabaseOutage outage;

    /** Anything but POST: a JSON 405 naming the method to use, as the rest of the API answers. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            super.service(request, response);
            return;
        }
        response.setHeader("Allow", "POST");
        reply(response, 405, new ApiProblem("http.405", "use POST / 请使用 POST"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            verify(request, response);
        } catch (RuntimeException failure) {
            if (outage.noteFailure(failure)) {
                if (!response.isCommitted()) {
                    response.reset();
                    Unavailable.write(response);
                }
                return;
            }
            LOG.log(Level.SEVERE, "verification failed", failure);
            if (!response.isCommitted()) {
                response.reset();
                reply(response, 500, new ApiProblem("internal", "internal error; it has been logged"));
            }
        }
    }

    private void verify(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader("Authorization");
        Optional<ApiClient> known = apiKeys.authenticate(bearer(authorization));
        if (known.isEmpty()) {
            response.setHeader("WWW-Authenticate", authorization == null ? "Bearer realm=\"anxin\""
                    : "Bearer realm=\"anxin\", error=\"invalid_token\"");
            reply(response, 401, new ApiProblem("auth.apiKey", "a valid API key is required: Authorization: Bearer "
                    + "<key> / 需要有效的 API 密钥"));
            return;
        }
        ApiClient client = known.get();
        long wait = rateLimits.take(client.keyId(), client.perMinute(), System.nanoTime());
        if (wait > 0) {
            verification.refused(client.keyId(), "over the rate of " + client.perMinute() + "/min", "RATE_LIMITED");
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait)));
            reply(response, 429, new ApiProblem("rate.limited", "over this key's " + client.perMinute()
                    + " calls a minute; retry after " + Math.max(1, wait) + " s / 超出调用频率限制"));
            return;
        }
        byte[] bytes = request.getInputStream().readNBytes(VerificationRequest.LARGEST_BODY + 1);
        if (bytes.length > VerificationRequest.LARGEST_BODY) {
            verification.refused(client.keyId(), "body over " + VerificationRequest.LARGEST_BODY + " bytes",
                    "TOO_LARGE");
            reply(response, 413, new ApiProblem("verification.tooLarge", "the body is over "
                    + VerificationRequest.LARGEST_BODY + " bytes / 请求体过大"));
            return;
        }
        VerificationRequest asked;
        try {
            asked = VerificationRequest.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (VerificationRequest.Malformed malformed) {
            verification.refused(client.keyId(), "malformed: " + malformed.problem().code(), "MALFORMED");
            reply(response, 400, malformed.problem());
            return;
        }
        try {
            Verification.Answer answer = verification.verify(client, asked.volunteer(), asked.requirement(),
                    asked.asked());
            reply(response, 200, Answer.of(answer)::writeTo);
        } catch (Verification.UnknownVolunteer unknown) {
            reply(response, 404, new ApiProblem("verification.unknownVolunteer",
                    asked.volunteer().credentialNumber() != null ? "no credential with this number / 无此证书编号"
                            : "no such member in this key's organization / 本机构无此成员"));
        } catch (DomainException refused) {
            // the number's shape or check digit (Verification has recorded the call already)
            if (refused.messageKey() == null || !refused.messageKey().startsWith("credential.number.")) {
                reply(response, 400, new ApiProblem(refused.messageKey(),
                        refused.field() == null ? "refused" : "refused: " + refused.field()));
                return;
            }
            reply(response, 400, new ApiProblem(refused.messageKey(), "volunteer.credentialNumber: "
                    + (refused.messageKey().endsWith("checkDigit")
                    ? "the check digit does not match; a digit is mistyped / 校验位不符，编号可能输错"
                    : "not a credential number such as AX-L2-26-0000123-8 / 证书编号格式不正确")));
        }
    }

    private static void reply(HttpServletResponse response, int status, ApiProblem problem) throws IOException {
        reply(response, status, out -> out.writeStartObject().write("code", problem.code())
                .write("message", problem.message()).writeEnd());
    }

    private static void reply(HttpServletResponse response, int status, Consumer<JsonGenerator> body)
            throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(512);
        try (JsonGenerator out = JSON.createGenerator(json, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.size());
        json.writeTo(response.getOutputStream());
    }

    /** The key from {@code Authorization: Bearer <key>} (scheme in any case, RFC 7235); null when there is none. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** The JSON answer; its fields' order is the documented one. */
    @Schema(name = "VerificationAnswer")
    @JsonbPropertyOrder({"allowed", "reasons", "credentials", "checkedAt"})
    public record Answer(boolean allowed, List<String> reasons, List<CredentialEntry> credentials, Instant checkedAt) {

        static Answer of(Verification.Answer answer) {
            return new Answer(answer.allowed(), answer.reasons(),
                    answer.credentials().stream().map(CredentialEntry::of).toList(), answer.checkedAt());
        }

        void writeTo(JsonGenerator out) {
            out.writeStartObject().write("allowed", allowed).writeStartArray("reasons");
            reasons.forEach(out::write);
            out.writeEnd().writeStartArray("credentials");
            credentials.forEach(credential -> credential.writeTo(out));
            out.writeEnd().write("checkedAt", checkedAt.toString()).writeEnd();
        }
    }
}
