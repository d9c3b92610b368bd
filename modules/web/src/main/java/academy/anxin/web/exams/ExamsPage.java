package academy.anxin.web.exams;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.assessment.application.ExamCard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * app/exams.xhtml: the certification exams, each with its rules and what the volunteer may do now. View-scoped, so
 * that pressing "start" does not work the whole overview out again (the start checks every rule itself): a
 * cohort starting together costs one overview each, not two.
 */
@Named
@ViewScoped
public class ExamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamFlow exams;

    private transient List<ExamCard> cards;

    public List<ExamCard> getCards() {
        if (cards == null) {
            cards = exams.overview();
        }
        return cards;
    }

    /** A moment as the volunteer reads it: Beijing time, to the minute. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(PlatformTime.ZONE).format(instant);
    }

    /** Starts (or resumes) an attempt and opens it; a refusal is explained on this page. */
    public String start(String code) {
        String attemptPage = exams.start(code);
        if (attemptPage == null) {
            cards = null; // worked out again, with what the refusal changed
        }
        return attemptPage;
    }
}
