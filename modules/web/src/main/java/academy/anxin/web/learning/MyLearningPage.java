package academy.anxin.web.learning;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.MicroLessonView;
import academy.anxin.learning.application.Study;
import academy.anxin.learning.application.StudyRecord;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** app/learning.xhtml and the home page's learning panel: the courses a volunteer started, and today's micro-lesson. */
@Named
@RequestScoped
public class MyLearningPage {

    /** Days turn in China's time zone, where the volunteers are. */

    @Inject
    Study study;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    private List<StudyRecord> records;

    public List<StudyRecord> getRecords() {
        if (records == null) {
            records = study.myLearning(currentUser.caller());
        }
        return records;
    }

    /** The most recently active unfinished course, to continue from the home page. */
    public StudyRecord getContinuing() {
        return getRecords().stream().filter(r -> !r.completed()).findFirst().orElse(null);
    }

    public MicroLessonView getToday() {
        return catalog.microLessonOf(LocalDate.now(PlatformTime.ZONE)).orElse(null);
    }

    /** "1 h 5 min" style time spent, in whole minutes. */
    public long minutes(long seconds) {
        return (seconds + 59) / 60;
    }
}
