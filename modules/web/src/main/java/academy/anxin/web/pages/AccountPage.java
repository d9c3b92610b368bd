package academy.anxin.web.pages;

import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.AccountView;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private String name;
    private boolean captionsAlwaysOn;
    private boolean transcriptsShown;
    private boolean extendedExamTime;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        AccountView account = accounts.account(currentUser.caller());
        name = account.name();
        captionsAlwaysOn = account.captionsAlwaysOn();
        transcriptsShown = account.transcriptsShown();
        extendedExamTime = account.extendedExamTime();
    }

    public void saveProfile() {
        try {
            accounts.changeProfile(currentUser.caller(), name, captionsAlwaysOn, transcriptsShown, extendedExamTime);
            texts.info(texts.text("account.saved"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of("name", "profile:name"));
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(currentUser.caller(), currentPassword, newPassword);
            texts.info(texts.text("account.passwordChanged"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of("currentPassword", "password:current", "password", "password:new"));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
