package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptSheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * app/exam.xhtml?attempt=: the open attempt. Every answer is saved by the page's script as it is given (see
 * {@link ExamAnswerServlet}), so this page only shows the sheet as saved and submits; a closed attempt goes to
 * its result.
 */
@Named
@RequestScoped
public class AttemptPage {

    @Inject
    ExamFlow exams;

    private Long attempt;
    private AttemptSheet sheet;

    public void load() throws IOException {
        sheet = exams.sheet(attempt).orElse(null);
    }

    public String submit() {
        return exams.submit(attempt);
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
