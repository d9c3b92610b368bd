package academy.anxin.web.pages;

import academy.anxin.identity.application.LoginService;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.SessionFormMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The logout button on every page: audited, the login recorded as ended (so that a copy of its session on another
 * node, or a replayed cookie, is refused), session ended, back to the front page.
 */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginService logins;

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (currentUser.isLoggedIn()) {
            logins.loggedOut(currentUser.caller().personId(),
                    SessionFormMechanism.loginId(request.getSession(false)).orElse(null), request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?loggedOut=true");
    }
}
