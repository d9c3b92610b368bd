package academy.anxin.web.pages;

import academy.anxin.identity.application.AccountView;
import java.io.Serializable;

/**
 * What a person tells the platform about themselves, on the registration form and on their account page alike:
 * the name others see, and the accessibility needs the platform then meets everywhere (captions always on,
 * transcripts shown, extended exam time, easy-read first, exam breaks). The needs are shown by {@code WEB-INF/fragments/accessibility-needs.xhtml}.
 * <pre>{@code
 * <p:inputText id="name" value="#{accountPage.profile.name}"/>
 * <ui:include src="/WEB-INF/fragments/accessibility-needs.xhtml">
 *   <ui:param name="profile" value="#{accountPage.profile}"/>
 * </ui:include>
 * }</pre>
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private boolean captionsAlwaysOn;
    private boolean transcriptsShown;
    private boolean extendedExamTime;
    private boolean easyReadFirst;
    private boolean examBreaks;

    /** The profile as the account holds it now; a new form (registration) starts empty, nothing ticked. */
    static ProfileForm of(AccountView account) {
        ProfileForm form = new ProfileForm();
        form.name = account.name();
        form.captionsAlwaysOn = account.captionsAlwaysOn();
        form.transcriptsShown = account.transcriptsShown();
        form.extendedExamTime = account.extendedExamTime();
        form.easyReadFirst = account.easyReadFirst();
        form.examBreaks = account.examBreaks();
        return form;
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

    public boolean isEasyReadFirst() {
        return easyReadFirst;
    }

    public void setEasyReadFirst(boolean easyReadFirst) {
        this.easyReadFirst = easyReadFirst;
    }

    public boolean isExamBreaks() {
        return examBreaks;
    }

    public void setExamBreaks(boolean examBreaks) {
        this.examBreaks = examBreaks;
    }
}
