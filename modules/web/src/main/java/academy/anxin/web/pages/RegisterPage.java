package academy.anxin.web.pages;

import academy.anxin.identity.application.RegistrationForm;
import academy.anxin.identity.application.RegistrationService;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;

/** register.xhtml: a volunteer creates their account; every problem is shown next to its field at once. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "register:name", "email", "register:email",
            "password", "register:password", "consent", "register:consent");

    @Inject
    RegistrationService registration;

    @Inject
    LanguageChoice language;

    @Inject
    Texts texts;

    private String name;
    private String email;
    private String password;
    private String preferredLanguage;
    private boolean captionsAlwaysOn;
    private boolean transcriptsShown;
    private boolean extendedExamTime;
    private boolean consent;

    public String register() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Language chosen = preferredLanguage == null ? language.getCurrent() : Language.fromTag(preferredLanguage);
        try {
            registration.register(new RegistrationForm(name, email, password, chosen, captionsAlwaysOn,
                    transcriptsShown, extendedExamTime, consent), request.getRemoteAddr());
        } catch (DomainException refused) {
            password = null;
            texts.show(refused, FIELDS);
            return null;
        }
        texts.infoAfterRedirect(texts.text("register.done"));
        return "/login.xhtml?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPreferredLanguage() {
        return preferredLanguage == null ? language.getCurrent().name() : preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isCaptionsAlwaysOn() {
        return captionsAlwaysOn;
    }

    public void setCaptionsAlwaysOn(boolean captionsAlwaysOn) {
        this.captionsAlwaysOn = captionsAlwaysOn;
    }

    public boolean isTranscriptsShown() {
        return transcriptsShown;
    }

    public void setTranscriptsShown(boolean transcriptsShown) {
        this.transcriptsShown = transcriptsShown;
    }

    public boolean isExtendedExamTime() {
        return extendedExamTime;
    }

    public void setExtendedExamTime(boolean extendedExamTime) {
        this.extendedExamTime = extendedExamTime;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
