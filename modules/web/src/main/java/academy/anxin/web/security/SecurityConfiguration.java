package academy.anxin.web.security;

import academy.anxin.identity.application.LoginResult;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through Jakarta Security with our own JSF login page. Platform-wide groups are only "logged in" and
 * "platform admin"; roles within organizations are checked by the application services on every action.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({LoginResult.USER, LoginResult.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
