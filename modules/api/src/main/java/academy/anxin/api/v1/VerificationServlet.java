package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.application.Verification;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.kernel.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
public class VerificationServlet extends KeyedApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Verification verification;

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApiClient> known = caller(request, response);
        if (known.isEmpty()) {
            return;
        }
        ApiClient client = known.get();
        if (!withinRate(client, response, () -> verification.refused(client.keyId(),
                "over the rate of " + client.perMinute() + "/min", "RATE_LIMITED"))) {
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
