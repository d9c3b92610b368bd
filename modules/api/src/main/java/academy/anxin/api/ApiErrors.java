package academy.anxin.api;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON problem with the right status; the details stay in the server log. */
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
        LOG.log(Level.SEVERE, "API request failed", failure);
        return problem(500, "internal", "internal error; it has been logged");
    }

    private static Response problem(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiProblem(code, message)).build();
    }
}
