package academy.anxin.web.security;

import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.AccessDenied;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, as the {@link Caller} that application services take: the principal's name is the person's id
 * (so {@link SessionFormMechanism} names it at login) and the client's address goes to the audit trail. The one
 * place that turns a principal into a caller: pages ask {@link CurrentUser#caller()}, which comes here; servlets
 * come here straight from their request, with no request-scoped bean on a hot path such as the exam's autosave.
 * <pre>{@code
 * Caller caller = Callers.of(request);                  // behind a login constraint: refuses if nobody is logged in
 * Optional<Caller> reader = Callers.find(request);      // where the public may ask too
 * }</pre>
 */
public final class Callers {

    private Callers() {
    }

    /** The caller with this principal at this address; refuses ({@link AccessDenied}) when nobody is logged in. */
    public static Caller of(Principal principal, String address) {
        if (principal == null) {
            throw new AccessDenied();
        }
        return new Caller(Long.parseLong(principal.getName()), address);
    }

    /** The caller of a request; refuses ({@link AccessDenied}) when nobody is logged in. */
    public static Caller of(HttpServletRequest request) {
        return of(request.getUserPrincipal(), request.getRemoteAddr());
    }

    /** The caller of a request, or empty when nobody is logged in. */
    public static Optional<Caller> find(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty() : Optional.of(of(principal, request.getRemoteAddr()));
    }
}
