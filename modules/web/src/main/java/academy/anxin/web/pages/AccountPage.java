package academy.anxin.web.pages;

import academy.anxin.identity.application.AccountService;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.SessionFormMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;

/** app/account.xhtml: the person's own name, accessibility needs and password. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private ProfileForm profile;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        profile = ProfileForm.of(accounts.account(currentUser.caller()));
    }

    public void saveProfile() {
        try {
            accounts.changeProfile(currentUser.caller(), profile.getName(), profile.isCaptionsAlwaysOn(),
                    profile.isTranscriptsShown(), profile.isExtendedExamTime(), profile.isEasyReadFirst(),
                    profile.isExamBreaks());
            texts.info(texts.text("account.saved"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of("name", "profile:name"));
        }
    }

    public void changePassword() {
        try {
            long version = accounts.changePassword(currentUser.caller(), currentPassword, newPassword);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            SessionFormMechanism.passwordChanged(request.getSession(false), version);
            texts.info(texts.text("account.passwordChanged"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of("currentPassword", "password:current", "password", "password:new"));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
