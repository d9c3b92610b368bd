package academy.anxin.identity.infrastructure;

import academy.anxin.identity.application.LoginResult;
import academy.anxin.identity.application.LoginService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The identity store container login calls: checks email and password through {@link LoginService} (throttle
 * and audit included). The caller principal's name is the person's id, which never changes, not the email.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = logins.attempt(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr());
        if (result.status() != LoginResult.Status.SUCCEEDED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(result.personId()), result.groups());
    }
}
