package academy.anxin.web.security;

import academy.anxin.identity.application.LoginResult;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Form login through Jakarta Security with our own JSF login page ({@link SessionFormMechanism}). Platform-wide
 * groups are only "logged in" and "platform admin"; roles within organizations are checked by the application
 * services on every action.
 */
@DeclareRoles({LoginResult.USER, LoginResult.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
