package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptResult;
import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** app/exam-result.xhtml?attempt=: score, pass or fail, per competency, and what was missed with the rationale. */
@Named
@RequestScoped
public class ResultPage {

    @Inject
    ExamSitting sitting;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long attempt;
    private AttemptResult result;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            result = sitting.result(currentUser.caller(), attempt == null ? -1 : attempt);
        } catch (DomainException refused) {
            if ("assessment.attempt.stillOpen".equals(refused.messageKey())) {
                external.redirect(external.getRequestContextPath() + "/app/exam.xhtml?attempt=" + attempt);
                return;
            }
            external.responseSendError(404, texts.text("exam.unknownAttempt"));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** A competency's name; a tag from an imported bank that has none is shown as it is. */
    public String competency(String code) {
        String key = "competency." + code;
        String name = texts.text(key);
        return name.equals(key) ? code : name;
    }

    public AttemptResult getResult() {
        return result;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
