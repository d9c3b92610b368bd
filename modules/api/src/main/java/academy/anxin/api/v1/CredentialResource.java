package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.application.Proofs;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A credential's proof, public: the Open Badges 3.0 credential as it was signed at issuance (the JSON and the
 * VC-JWT), and its status now. The signed form never changes after issuance; a suspension or revocation shows in
 * {@code status} here and, for verifiers that work offline, in the status lists the credential points to. This is
 * also the credential's {@code id}, so a verifier that dereferences it lands here. Beside it, the QR code that
 * opens the credential's public check page.
 */
@Path("/v1/credentials")
@RequestScoped
@Tag(name = "credentials")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    static final String QR_TYPE = "image/svg+xml";

    @Inject
    CredentialRegistry registry;

    @Inject
    Proofs proofs;

    @Inject
    Clock clock;

    @GET
    @Path("/{number}")
    @Operation(summary = "A credential's signed form and status",
            description = "Public. The OpenBadgeCredential as issued: `credential` is the JSON payload of `jwt` "
                    + "(a VC-JWT signed with RS256; keys at /.well-known/jwks.json), `status` is where it stands "
                    + "now (only ACTIVE counts). Holds no personal data beyond what the public page shows.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Proof.class)))
    @APIResponse(responseCode = "400", description = "not a credential number, or a wrong check digit",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "no credential with this number",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response credential(@Parameter(description = "e.g. AX-L2-26-0000123-8") @PathParam("number") String number) {
        Optional<CredentialView> found;
        Optional<String> signed;
        try {
            found = registry.byNumber(number);
            signed = found.isEmpty() ? Optional.empty() : registry.signedForm(number);
        } catch (DomainException malformed) {
            return Response.status(Response.Status.BAD_REQUEST).header("Access-Control-Allow-Origin", "*")
                    .entity(new ApiProblem(malformed.messageKey(), malformed.messageKey().endsWith("checkDigit")
                            ? "the check digit does not match; a digit is mistyped / 校验位不符，编号可能输错"
                            : "not a credential number such as AX-L2-26-0000123-8 / 证书编号格式不正确"))
                    .build();
        }
        if (found.isEmpty() || signed.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).header("Access-Control-Allow-Origin", "*")
                    .entity(new ApiProblem("credential.unknown", "no credential with this number / 无此证书编号"))
                    .build();
        }
        String jwt = signed.get();
        return Response.ok(new Proof(SignedDocuments.payload(jwt), jwt, found.get().status().name(), clock.instant()))
                .header("Access-Control-Allow-Origin", "*")
                // the status may change at any moment; the signed part never does
                .header("Cache-Control", "no-cache")
                .build();
    }

    @GET
    @Path("/{number}/qr.svg")
    @Produces(QR_TYPE)
    @Operation(summary = "The QR code of a credential's public check",
            description = "Public. An SVG QR code that opens the credential's public check page (/verify/{number}), "
                    + "as printed on certificates and shown on the holder's path page. It depends on the number "
                    + "only, never on the credential's status, so it may be cached for a day.")
    @APIResponse(responseCode = "200", description = "the QR code",
            content = @Content(mediaType = QR_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "not a credential number, or a wrong check digit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiProblem.class)))
    public Response qrCode(@Parameter(description = "e.g. AX-L2-26-0000123-8") @PathParam("number") String number) {
        if (!CredentialNumber.isValid(number)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiProblem("credential.unknown", "no credential with this number / 无此证书编号"))
                    .build();
        }
        return Response.ok(proofs.qrSvg(CredentialNumber.parse(number).text()), QR_TYPE)
                .header("Cache-Control", "public, max-age=86400")
                .build();
    }

    /** The JSON answer. */
    @Schema(name = "CredentialProof")
    @JsonbPropertyOrder({"credential", "jwt", "status", "statusCheckedAt"})
    public record Proof(
            @Schema(description = "the OpenBadgeCredential: the JWT payload (with iss, sub, jti, nbf, exp)",
                    type = SchemaType.OBJECT)
            JsonObject credential,
            @Schema(description = "the compact JWS (VC-JWT, RS256)") String jwt,
            @Schema(enumeration = {"ACTIVE", "SUSPENDED", "EXPIRED", "REVOKED"}) String status,
            Instant statusCheckedAt) {
    }
}
