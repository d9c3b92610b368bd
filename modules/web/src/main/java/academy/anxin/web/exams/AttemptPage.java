package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptSheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import academy.anxin.kernel.domain.PlatformTime;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * app/exam.xhtml?attempt=: the open attempt. Every answer is saved by the page's script as it is given (see
 * {@link ExamAnswerServlet}), so this page only shows the sheet as saved and submits; a closed attempt goes to
 * its result. A volunteer whose attempt has breaks stops the clock here and comes back.
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

    public String submit() throws IOException {
        return again(exams.submit(attempt));
    }

    public String pause() throws IOException {
        return again(exams.pause(attempt));
    }

    public String resume() throws IOException {
        return again(exams.resume(attempt));
    }

    /** A refused step shows the page again, with the sheet as it now stands (a postback has not loaded it). */
    private String again(String outcome) throws IOException {
        if (outcome == null) {
            load();
        }
        return outcome;
    }

    /** When the running break starts the clock again by itself, as HH:mm in Beijing time. */
    public String getBreakEnds() {
        return sheet == null || sheet.breaks().pauseEnds() == null ? ""
                : DateTimeFormatter.ofPattern("HH:mm").withZone(PlatformTime.ZONE).format(sheet.breaks().pauseEnds());
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
