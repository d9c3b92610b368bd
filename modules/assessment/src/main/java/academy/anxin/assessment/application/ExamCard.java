package academy.anxin.assessment.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * An exam as one volunteer sees it on the exams page: what it is, its rules, and what they may do now: start,
 * resume the open attempt, wait for the cooldown, finish the required courses first, or nothing (passed, or no
 * attempts left).
 */
public record ExamCard(String code, LocalizedText title, String servesKind, String servesCode, int items,
                       long minutes, boolean extendedTime, int passPercent, int attemptLimit, int attemptsUsed,
                       State state, Long openAttemptId, Instant availableAt, List<String> missingCourses,
                       Long lastAttemptId, Integer lastPercent, boolean passed) {

    public enum State { AVAILABLE, OPEN, COOLDOWN, COURSES_MISSING, PASSED, NO_ATTEMPTS_LEFT }

    public ExamCard {
        missingCourses = List.copyOf(missingCourses);
    }
}
