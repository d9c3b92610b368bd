package academy.anxin.practice.application;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.ObservedIn;
import java.time.LocalDate;
import java.util.List;

/**
 * A competency assessment as the volunteer and the supervisor see it: the rubric, where and when it was observed,
 * each criterion with its level and that level's descriptor, the comment and the outcome; for one reversed, the
 * reason and who reversed it (it then counts for nothing).
 */
public record AssessmentView(long id, long volunteerId, String volunteerName, long organizationId,
                             String assessorName, String rubricCode, LocalizedText rubricTitle, ObservedIn observedIn,
                             LocalDate observedOn, List<Score> scores, String comment, boolean passed,
                             String reversalReason, String reversedBy) implements java.io.Serializable {

    /**
     * One criterion's level; the title and descriptor are the rubric's (null when the rubric in force no longer
     * has the criterion: the level still stands as recorded).
     */
    public record Score(String criterion, LocalizedText title, int level, LocalizedText descriptor)
            implements java.io.Serializable {
    }

    public AssessmentView {
        scores = List.copyOf(scores);
    }

    public boolean reversed() {
        return reversalReason != null;
    }
}
