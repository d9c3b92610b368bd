package academy.anxin.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.ExamEntry.Verdict;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule for starting an exam: each refusal with the words the volunteer is shown, the permission, the order in
 * which the checks decide, and the edges of the attempt limit and the cooldown.
 */
class ExamEntryTest {

    /** 10:00 in Beijing. */
    private static final Instant MORNING = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration COOLDOWN = Duration.ofHours(24);
    private static final Blueprint BLUEPRINT = new Blueprint("EXAM-T", Map.of("ethics", 1), Duration.ofMinutes(40),
            0.75, 3, COOLDOWN, List.of("L1-INTRO", "L1-PFA"));
    private static final Set<String> ALL_COURSES = Set.of("L1-INTRO", "L1-PFA", "L1-OTHER");
    private static final Exam EXAM = new Exam(new ExamDefinition(BLUEPRINT, 1, new LocalizedText("测试", "Test"),
            ExamDefinition.TIER, "L1"), "f", MORNING);

    @Test
    void aFirstAttemptMayStartOnceTheRequiredCoursesAreDone() {
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, List.of(), ALL_COURSES, MORNING);
        assertEquals(Verdict.AVAILABLE, entry.verdict());
        assertTrue(entry.refusal().isEmpty());
        assertTrue(entry.openAttempt().isEmpty());
        assertTrue(entry.availableAt().isEmpty(), "no attempt yet, so no cooldown");
        assertEquals(List.of(), entry.missingCourses());
    }

    @Test
    void aFirstAttemptWaitsForTheRequiredCoursesNamedInTheBlueprintsOrder() {
        ExamEntry none = ExamEntry.decide(BLUEPRINT, List.of(), Set.of(), MORNING);
        assertEquals(Verdict.COURSES_MISSING, none.verdict());
        assertEquals(List.of("L1-INTRO", "L1-PFA"), none.missingCourses());
        assertRefused(none, "assessment.exam.coursesMissing", "L1-INTRO, L1-PFA");

        ExamEntry one = ExamEntry.decide(BLUEPRINT, List.of(), Set.of("L1-PFA"), MORNING);
        assertRefused(one, "assessment.exam.coursesMissing", "L1-INTRO");
    }

    @Test
    void theRequiredCoursesGateTheFirstAttemptOnly() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofDays(3))));
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, sittings, Set.of(), MORNING);
        assertEquals(Verdict.AVAILABLE, entry.verdict(), "sat once already: a course missing now does not stop a retake");
        assertEquals(List.of("L1-INTRO", "L1-PFA"), entry.missingCourses(), "still told, for the page");
    }

    @Test
    void anOpenAttemptIsResumedNotRefused() {
        Attempt open = open(MORNING.minus(Duration.ofMinutes(5)));
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, List.of(failed(MORNING.minus(Duration.ofDays(2))), open),
                Set.of(), MORNING);
        assertEquals(Verdict.OPEN, entry.verdict());
        assertSame(open, entry.openAttempt().orElseThrow());
        assertTrue(entry.refusal().isEmpty());
    }

    @Test
    void anOpenAttemptPastItsDeadlineIsStillTheOpenOneUntilItIsGraded() {
        Attempt overdue = open(MORNING.minus(Duration.ofHours(2)));
        assertEquals(Verdict.OPEN, ExamEntry.decide(BLUEPRINT, List.of(overdue), ALL_COURSES, MORNING).verdict());
    }

    @Test
    void aPassedExamIsNotSatAgain() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofDays(5))),
                passed(MORNING.minus(Duration.ofDays(2))));
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING);
        assertEquals(Verdict.PASSED, entry.verdict());
        assertRefused(entry, "assessment.exam.passed");
    }

    @Test
    void passedDecidesBeforeTheCooldownAndTheAttemptLimit() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofDays(5))),
                failed(MORNING.minus(Duration.ofDays(3))), passed(MORNING.minus(Duration.ofMinutes(1))));
        assertRefused(ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING), "assessment.exam.passed");
    }

    @Test
    void withOneAttemptLeftTheLastMayStart() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofDays(5))),
                failed(MORNING.minus(Duration.ofDays(3))));
        assertEquals(Verdict.AVAILABLE, ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING).verdict());
    }

    @Test
    void whenTheAttemptLimitIsReachedNoneIsLeftWhateverTheCooldown() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofDays(5))),
                failed(MORNING.minus(Duration.ofDays(3))), failed(MORNING.minus(Duration.ofMinutes(1))));
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING);
        assertEquals(Verdict.NO_ATTEMPTS_LEFT, entry.verdict(), "the limit decides before the cooldown");
        assertRefused(entry, "assessment.attempt.limit", 3);
        assertRefused(ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING.plus(Duration.ofDays(30))),
                "assessment.attempt.limit", 3);
    }

    @Test
    void aSecondJustBeforeTheCooldownEndsTheVolunteerIsToldWhenInBeijingTime() {
        Instant submitted = MORNING.minus(COOLDOWN);
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, List.of(failed(submitted)), ALL_COURSES,
                MORNING.minusSeconds(1));
        assertEquals(Verdict.COOLDOWN, entry.verdict());
        assertEquals(MORNING, entry.availableAt().orElseThrow());
        assertRefused(entry, "assessment.attempt.cooldown", "2026-11-23 10:00");
    }

    @Test
    void theCooldownEndsAtItsLastInstant() {
        Instant submitted = MORNING.minus(COOLDOWN);
        List<Attempt> sittings = List.of(failed(submitted));
        assertEquals(Verdict.AVAILABLE, ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING).verdict(),
                "exactly when it ends");
        assertEquals(Verdict.AVAILABLE, ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING.plusSeconds(1))
                .verdict(), "a second after");
        assertEquals(MORNING, ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING.plusSeconds(1))
                .availableAt().orElseThrow(), "the end stays known after it has passed");
    }

    @Test
    void theCooldownRunsFromTheLatestAttempt() {
        List<Attempt> sittings = List.of(failed(MORNING.minus(Duration.ofHours(2))),
                failed(MORNING.minus(Duration.ofDays(4))));
        ExamEntry entry = ExamEntry.decide(BLUEPRINT, sittings, ALL_COURSES, MORNING);
        assertEquals(Verdict.COOLDOWN, entry.verdict());
        assertEquals(MORNING.minus(Duration.ofHours(2)).plus(COOLDOWN), entry.availableAt().orElseThrow());
    }

    private static void assertRefused(ExamEntry entry, String key, Object... arguments) {
        DomainException refusal = entry.refusal().orElseThrow(() -> new AssertionError("not refused: "
                + entry.verdict()));
        assertEquals(key, refusal.messageKey());
        assertNull(refusal.field(), "a refusal of the whole request, not of a field");
        assertEquals(List.of(arguments), refusal.arguments());
    }

    private static Attempt open(Instant started) {
        return new Attempt(EXAM, 7, 42, false, List.of(new AttemptItem(1, ItemType.SINGLE, List.of(0, 1))), started);
    }

    private static Attempt failed(Instant submitted) {
        return submitted(submitted, false);
    }

    private static Attempt passed(Instant submitted) {
        return submitted(submitted, true);
    }

    private static Attempt submitted(Instant at, boolean passed) {
        Attempt attempt = open(at.minus(Duration.ofMinutes(20)));
        attempt.close(new Grading.Grade(passed ? 1 : 0, 1, passed, Map.of("ethics", passed ? 1.0 : 0.0), Map.of()),
                List.of(passed), Attempt.Closer.VOLUNTEER, at);
        return attempt;
    }
}
