package academy.anxin.web.pages;

import academy.anxin.identity.application.RegistrationForm;
import academy.anxin.identity.application.RegistrationService;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * register.xhtml: a volunteer creates their account; every problem is shown next to its field at once.
 * Request-scoped: the form posts all its fields, and a visitor who has not registered yet keeps no state here.
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final Map<String, String> FIELDS = Map.of("name", "register:name", "email", "register:email",
            "password", "register:password", "consent", "register:consent");

    @Inject
    RegistrationService registration;

    @Inject
    LanguageChoice language;

    @Inject
    Texts texts;

    private final ProfileForm profile = new ProfileForm();
    private final EmailAndPassword account = new EmailAndPassword();
    private String preferredLanguage;
    private boolean consent;

    public String register() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Language chosen = preferredLanguage == null ? language.getCurrent() : Language.fromTag(preferredLanguage);
        try {
            registration.register(new RegistrationForm(profile.getName(), account.getEmail(), account.getPassword(),
                    chosen, profile.isCaptionsAlwaysOn(), profile.isTranscriptsShown(), profile.isExtendedExamTime(),
                    profile.isEasyReadFirst(), profile.isExamBreaks(), consent), request.getRemoteAddr());
        } catch (DomainException refused) {
            account.forgetPassword();
            texts.show(refused, FIELDS);
            return null;
        }
        texts.infoAfterRedirect(texts.text("register.done"));
        return "/login.xhtml?faces-redirect=true";
    }

    public EmailAndPassword getAccount() {
        return account;
    }

    public String getPreferredLanguage() {
        return preferredLanguage == null ? language.getCurrent().name() : preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
