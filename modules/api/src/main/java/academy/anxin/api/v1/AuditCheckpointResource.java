package academy.anxin.api.v1;

import academy.anxin.api.ApiProblem;
import academy.anxin.kernel.application.AuditAnchor;
import academy.anxin.kernel.domain.AuditCheckpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail's signed checkpoints, public, so that outside parties keep copies the platform's database cannot
 * reach: a copy made yesterday still exposes a trail rewritten today. Each checkpoint is the head's sequence and
 * hash at a moment, signed (a compact JWS, RS256) with a key published at {@code /.well-known/jwks.json}. Paged by
 * sequence: {@code ?after=} the last sequence a copier holds.
 */
@Path("/v1/audit/checkpoints")
@RequestScoped
@Tag(name = "audit")
public class AuditCheckpointResource {

    @Inject
    AuditAnchor anchor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit trail's signed checkpoints",
            description = "Public. Oldest first, those with a sequence above `after`, at most `limit` (1 to 1000). "
                    + "Each `jws` is a compact JWS (RS256, header typ `audit-checkpoint+jwt`, kid a key of "
                    + "/.well-known/jwks.json) whose payload repeats `seq`, `hash` and `at`: check it, then keep it. "
                    + "The hash of audit entry n covers entry n-1's hash and n's fields, so a checkpoint fixes the "
                    + "whole trail up to its sequence.")
    @APIResponse(responseCode = "200", description = "the checkpoints, oldest first (an empty list when none)")
    @APIResponse(responseCode = "400", description = "after or limit is not a whole number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiProblem.class)))
    public Response list(@Parameter(description = "only checkpoints with a higher sequence (default 0: from the start)")
                         @QueryParam("after") @DefaultValue("0") String after,
                         @Parameter(description = "at most this many (default and most: 1000)")
                         @QueryParam("limit") @DefaultValue("1000") String limit) {
        long from;
        int most;
        try {
            from = Long.parseLong(after);
            most = Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiProblem("audit.checkpoints.paging",
                            "after and limit are whole numbers / after 与 limit 须为整数")).build();
        }
        List<Checkpoint> page = anchor.published(from, most).stream().map(Checkpoint::of).toList();
        return Response.ok(page).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=30").build();
    }

    /** One signed checkpoint. */
    @Schema(name = "AuditCheckpoint")
    @JsonbPropertyOrder({"sequence", "hash", "at", "jws"})
    public record Checkpoint(@Schema(description = "the audit entry it fixes: the head's sequence then") long sequence,
                             @Schema(description = "that entry's SHA-256 hash, hex") String hash,
                             @Schema(description = "when it was signed (UTC, ISO 8601)") String at,
                             @Schema(description = "the signed form: a compact JWS") String jws) {

        static Checkpoint of(AuditCheckpoint checkpoint) {
            return new Checkpoint(checkpoint.sequence(), checkpoint.hash(), checkpoint.at().toString(),
                    checkpoint.jws());
        }
    }
}
