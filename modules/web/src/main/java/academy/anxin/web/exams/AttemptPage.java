package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptSheet;
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
import java.util.Map;

/**
 * app/exam.xhtml?attempt=: the open attempt. Every answer is saved by the page's script as it is given (see
 * {@link ExamAnswerServlet}), so this page only shows the sheet as saved and submits; a closed attempt goes to
 * its result.
 */
@Named
@RequestScoped
public class AttemptPage {

    @Inject
    ExamSitting sitting;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long attempt;
    private AttemptSheet sheet;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            var open = sitting.sheet(currentUser.caller(), attempt == null ? -1 : attempt);
            if (open.isEmpty()) {
                external.redirect(external.getRequestContextPath() + "/app/exam-result.xhtml?attempt=" + attempt);
                return;
            }
            sheet = open.get();
        } catch (DomainException unknown) {
            external.responseSendError(404, texts.text("exam.unknownAttempt"));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String submit() {
        try {
            sitting.submit(currentUser.caller(), attempt);
            return "/app/exam-result?faces-redirect=true&attempt=" + attempt;
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            return null;
        }
    }

    public AttemptSheet getSheet() {
        return sheet;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
