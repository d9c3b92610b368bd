package academy.anxin.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Form login through our own JSF login page, with the logged-in caller kept in the HTTP session. It stands in for
 * {@code @CustomFormAuthenticationMechanismDefinition}, whose automatic session ({@code @AutoApplySession}) can
 * restore a caller without their groups under concurrent requests (Payara issue 6145): a logged-in volunteer then
 * got 403 on an autosave or a page now and then. Here the name and groups are stored in the session at login and
 * handed to the container on every request.
 */
@ApplicationScoped
public class SessionFormMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = SessionFormMechanism.class.getName() + ".caller";
    /** Where a visitor sent to log in was going: the page they land on after login. */
    public static final String RETURN_TO = SessionFormMechanism.class.getName() + ".returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    /** The caller as remembered between requests: the person's id and their platform-wide groups. */
    record Remembered(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // a failure the login page explains
            }
            request.getSession(true).setAttribute(CALLER, new Remembered(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(CALLER);
        if (remembered instanceof Remembered caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            // to the login page, remembering a page that was asked for (never a form post, never another site)
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
