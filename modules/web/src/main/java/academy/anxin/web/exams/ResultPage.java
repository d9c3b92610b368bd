package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptResult;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** app/exam-result.xhtml?attempt=: score, pass or fail, per competency, and what was missed with the rationale. */
@Named
@RequestScoped
public class ResultPage {

    @Inject
    ExamFlow exams;

    @Inject
    Texts texts;

    private Long attempt;
    private AttemptResult result;

    public void load() throws IOException {
        result = exams.result(attempt).orElse(null);
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
