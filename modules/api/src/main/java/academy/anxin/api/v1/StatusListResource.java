package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.credentials.application.Proofs;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The W3C Bitstring Status Lists that every credential points to in its {@code credentialStatus}: one for
 * revocation, one for suspension, each a signed {@code BitstringStatusListCredential} (VC-JWT, RS256), so that a
 * verifier holding a credential and the published keys learns of a revocation or suspension without asking about
 * the credential itself. Public, and cacheable for a minute (the list says a TTL of five).
 *
 * <p>No {@code @Produces}: the default answer is {@code application/vc+jwt}, which a client that sends only
 * {@code Accept: application/json} would otherwise be refused with a 406; {@code ?format=json} is the JSON form.
 */
@Path("/v1/status-lists")
@RequestScoped
@Tag(name = "credentials")
public class StatusListResource {

    static final String VC_JWT = "application/vc+jwt";

    @Inject
    Proofs proofs;

    @GET
    @Path("/{purpose}")
    @Operation(summary = "A signed status list",
            description = "Public. The BitstringStatusListCredential of `revocation` or `suspension` as a compact "
                    + "JWS (application/vc+jwt); with ?format=json, the JWS and its decoded payload. A credential's "
                    + "bit is at the statusListIndex of its credentialStatus entry for that purpose; 1 means revoked "
                    + "(or suspended).")
    @APIResponse(responseCode = "200", description = "the compact JWS, or with format=json the JSON below",
            content = {@Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Signed.class))})
    @APIResponse(responseCode = "400", description = "format is neither jwt nor json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "404", description = "no such list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiProblem.class)))
    public Response statusList(@Parameter(description = "revocation or suspension") @PathParam("purpose") String name,
                               @Parameter(description = "jwt (default) or json") @QueryParam("format") String format) {
        BitstringStatusListEntry.Purpose purpose = BitstringStatusListEntry.Purpose.parse(name);
        if (purpose == null) {
            return problem(404, "statusList.unknown", "the lists are revocation and suspension / 状态列表只有 "
                    + "revocation 与 suspension");
        }
        boolean json = "json".equals(format);
        if (!json && format != null && !"jwt".equals(format)) {
            return problem(400, "statusList.format", "format must be jwt or json / format 只能是 jwt 或 json");
        }
        String jwt = proofs.statusListCredential(purpose);
        Response.ResponseBuilder answer = json
                ? Response.ok(new Signed(jwt, SignedDocuments.payload(jwt)), MediaType.APPLICATION_JSON_TYPE)
                : Response.ok(jwt, VC_JWT);
        return answer.header("Cache-Control", "public, max-age=60").header("Access-Control-Allow-Origin", "*")
                .build();
    }

    private static Response problem(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Access-Control-Allow-Origin", "*")
                .entity(new ApiProblem(code, message)).build();
    }

    /** The JSON form. */
    @Schema(name = "SignedStatusList")
    @JsonbPropertyOrder({"jwt", "credential"})
    public record Signed(@Schema(description = "the compact JWS") String jwt,
                         @Schema(description = "its payload: the BitstringStatusListCredential",
                                 type = SchemaType.OBJECT) JsonObject credential) {
    }
}
