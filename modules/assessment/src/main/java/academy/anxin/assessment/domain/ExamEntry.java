package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule for starting an exam: whether a volunteer may start an attempt now and, if not, why. The exams page
 * shows this decision and starting an attempt enforces it, so the two never disagree. The first of these that
 * holds decides: an open attempt is resumed, never doubled; a passed exam is not sat again; the attempt limit;
 * the required courses, which gate the first attempt only; the cooldown after the latest attempt.
 */
public final class ExamEntry {

    /** What the volunteer may do now. */
    public enum Verdict { AVAILABLE, OPEN, PASSED, NO_ATTEMPTS_LEFT, COURSES_MISSING, COOLDOWN }

    /** The end of a cooldown as the volunteer reads it: Beijing time, to the minute, as the platform's other dates. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformTime.ZONE);

    private final Verdict verdict;
    private final Attempt open;
    private final int attemptLimit;
    private final List<String> missingCourses;
    private final Instant availableAt;

    private ExamEntry(Verdict verdict, Attempt open, int attemptLimit, List<String> missingCourses,
                      Instant availableAt) {
        this.verdict = verdict;
        this.open = open;
        this.attemptLimit = attemptLimit;
        this.missingCourses = List.copyOf(missingCourses);
        this.availableAt = availableAt;
    }

    /**
     * Decides for one volunteer and one exam: {@code sittings} are their attempts at it (open and submitted),
     * {@code completedCourses} the codes of the courses they have completed, in any version.
     */
    public static ExamEntry decide(Blueprint blueprint, List<Attempt> sittings, Set<String> completedCourses,
                                   Instant now) {
        Attempt open = sittings.stream().filter(Attempt::isOpen).findFirst().orElse(null);
        List<Attempt> closed = sittings.stream().filter(a -> !a.isOpen()).toList();
        List<String> missing = blueprint.requiredCourses().stream().filter(c -> !completedCourses.contains(c))
                .toList();
        Instant availableAt = closed.stream().map(Attempt::submittedAt).max(Comparator.naturalOrder())
                .map(last -> last.plus(blueprint.cooldown())).orElse(null);
        Verdict verdict;
        if (open != null) {
            verdict = Verdict.OPEN;
        } else if (closed.stream().anyMatch(Attempt::passed)) {
            verdict = Verdict.PASSED;
        } else if (closed.size() >= blueprint.attemptLimit()) {
            verdict = Verdict.NO_ATTEMPTS_LEFT;
        } else if (closed.isEmpty() && !missing.isEmpty()) {
            verdict = Verdict.COURSES_MISSING;
        } else if (availableAt != null && now.isBefore(availableAt)) {
            verdict = Verdict.COOLDOWN;
        } else {
            verdict = Verdict.AVAILABLE;
        }
        return new ExamEntry(verdict, open, blueprint.attemptLimit(), missing, availableAt);
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The attempt to resume; present when the verdict is {@link Verdict#OPEN}. */
    public Optional<Attempt> openAttempt() {
        return Optional.ofNullable(open);
    }

    /** The required courses not completed yet, whatever the verdict (they only decide before the first attempt). */
    public List<String> missingCourses() {
        return missingCourses;
    }

    /** When the cooldown after the latest submitted attempt ends (perhaps already past); empty before any. */
    public Optional<Instant> availableAt() {
        return Optional.ofNullable(availableAt);
    }

    /** Why a new attempt may not start, in the words the volunteer is shown; empty when it may, or one is open. */
    public Optional<DomainException> refusal() {
        return Optional.ofNullable(switch (verdict) {
            case AVAILABLE, OPEN -> null;
            case PASSED -> new DomainException(null, "assessment.exam.passed");
            case NO_ATTEMPTS_LEFT -> new DomainException(null, "assessment.attempt.limit", attemptLimit);
            case COURSES_MISSING -> new DomainException(null, "assessment.exam.coursesMissing",
                    String.join(", ", missingCourses));
            case COOLDOWN -> new DomainException(null, "assessment.attempt.cooldown", MINUTE.format(availableAt));
        });
    }
}
