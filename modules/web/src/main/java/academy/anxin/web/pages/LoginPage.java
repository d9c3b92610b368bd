package academy.anxin.web.pages;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.identity.application.LoginService;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import academy.anxin.web.security.SessionFormMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** login.xhtml: email and password through Jakarta Security; a new session id at every login. */
@Named
@RequestScoped
public class LoginPage {


    @Inject
    SecurityContext security;

    @Inject
    LoginService logins;

    @Inject
    LanguageChoice language;

    @Inject
    Texts texts;

    private final EmailAndPassword account = new EmailAndPassword();

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before login is worthless after it (fixation)
        }
        // otherwise the mechanism starts a new session only for valid credentials: a failed login keeps nothing
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(account.emailOrEmpty(),
                        new Password(account.passwordOrEmpty())))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete(); // the mechanism redirects to the page that asked for login
                return null;
            }
            case SUCCESS -> {
                String returnTo = SessionFormMechanism.returnTo(request).orElse("");
                SessionFormMechanism.forgetReturnTo(request, response);
                if (returnTo.startsWith(request.getContextPath() + "/") && !returnTo.startsWith("//")) {
                    external.redirect(returnTo);
                    faces.responseComplete();
                    return null;
                }
                return "/app/home.xhtml?faces-redirect=true";
            }
            default -> {
                logins.lockedUntil(account.getEmail(), request.getRemoteAddr()).ifPresentOrElse(
                        until -> texts.error(null, texts.text("login.locked",
                                DateTimeFormatter.ofPattern("HH:mm:ss").format(until.atZone(PlatformTime.ZONE)))),
                        () -> texts.error(null, texts.text("login.failed")));
                return null;
            }
        }
    }

    public EmailAndPassword getAccount() {
        return account;
    }
}
