package academy.anxin.api;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.WriteConflict;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a JSON problem with the right status; the details stay in the server log. The database
 * being unreachable is a 503 with {@code Retry-After} ({@link Unavailable}), logged once per outage; a write that
 * lost to another at the same moment a 503 with {@code Retry-After: 1} ({@link TryAgain}).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return problem(status, "http." + status, web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (failure instanceof AccessDenied) {
            return problem(403, "access.denied", "not allowed");
        }
        if (failure instanceof DomainException refused) {
            return problem(400, refused.messageKey(), refused.field() == null ? "refused" : "refused: " + refused.field());
        }
        if (WriteConflict.isConflict(failure)) {
            // rolled back whole: nothing stored, and the same request again succeeds
            LOG.log(Level.FINE, "API request lost a write conflict; answered try again", failure);
            return Response.status(TryAgain.STATUS).type(Unavailable.MEDIA_TYPE)
                    .header("Retry-After", TryAgain.RETRY_AFTER).header("Cache-Control", "no-store")
                    .entity(TryAgain.json()).build();
        }
        // looked up rather than injected: providers are not CDI beans here (annotated discovery)
        if (CDI.current().select(DatabaseOutage.class).get().noteFailure(failure)) {
            // said once for the whole outage by DatabaseOutage, not once per request
            return Response.status(Unavailable.STATUS).type(Unavailable.MEDIA_TYPE)
                    .header("Retry-After", Unavailable.RETRY_AFTER).header("Cache-Control", "no-store")
                    .entity(Unavailable.json()).build();
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return problem(500, "internal", "internal error; it has been logged");
    }

    private static Response problem(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiProblem(code, message)).build();
    }
}
