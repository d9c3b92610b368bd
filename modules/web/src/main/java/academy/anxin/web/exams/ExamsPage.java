package academy.anxin.web.exams;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.assessment.application.ExamCard;
import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
    ExamSitting sitting;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private transient List<ExamCard> cards;

    public List<ExamCard> getCards() {
        if (cards == null) {
            cards = sitting.overview(currentUser.caller());
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
        try {
            long attempt = sitting.start(currentUser.caller(), code);
            return "/app/exam?faces-redirect=true&attempt=" + attempt;
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            cards = null;
            return null;
        }
    }
}
