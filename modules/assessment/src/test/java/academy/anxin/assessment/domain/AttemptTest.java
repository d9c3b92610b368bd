package academy.anxin.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An attempt's deadline, its one closing, and the translation between shown and stored option indices. */
class AttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theDeadlineIsTheTimeLimitAndHalfAgainWithExtendedTime() {
        Attempt plain = attempt(false);
        Attempt extended = attempt(true);
        assertEquals(NOW.plus(Duration.ofMinutes(40)), plain.deadline());
        assertEquals(NOW.plus(Duration.ofMinutes(60)), extended.deadline());
        assertTrue(plain.accepts(NOW.plus(Duration.ofMinutes(39))));
        assertFalse(plain.accepts(plain.deadline()), "at the deadline no answer is taken");
        assertTrue(plain.isOverdue(plain.deadline()));
        assertEquals(Duration.ZERO, plain.remaining(plain.deadline().plusSeconds(5)));
    }

    @Test
    void anAttemptClosesOnceAndADeadlineCloseIsDatedAtTheDeadline() {
        Attempt attempt = attempt(false);
        Grading.Grade grade = new Grading.Grade(1, 2, false, Map.of("ethics", 0.5), Map.of());
        Instant late = attempt.deadline().plus(Duration.ofMinutes(3));
        attempt.close(grade, List.of(true, false), Attempt.Closer.DEADLINE, late);
        assertEquals(attempt.deadline(), attempt.submittedAt(), "the sweep found it late; it ended at the deadline");
        assertFalse(attempt.isOpen());
        assertFalse(attempt.accepts(NOW));
        assertEquals(Boolean.FALSE, attempt.items().get(1).correct());
        assertEquals(0.5, attempt.breakdown().get("ethics"));
        assertThrows(DomainException.class, () -> attempt.close(grade, List.of(true, true), Attempt.Closer.VOLUNTEER, late));
    }

    @Test
    void breaksAreBoundedInNumberAndLengthAndMoveTheDeadlineByThePause() {
        Attempt attempt = attempt(false, true);
        Instant deadline = attempt.deadline();
        Instant at = NOW;
        for (int i = 1; i <= Attempt.MAX_BREAKS; i++) {
            at = at.plus(Duration.ofMinutes(2));
            assertEquals(i, attempt.pause(at));
            assertFalse(attempt.accepts(at.plusSeconds(1)), "no answer is taken during a break");
            assertTrue(attempt.isPaused(at.plusSeconds(1)));
            at = at.plus(Duration.ofMinutes(3));
            assertEquals(Duration.ofMinutes(3), attempt.resume(at));
            assertTrue(attempt.accepts(at));
        }
        assertEquals(deadline.plus(Duration.ofMinutes(9)), attempt.deadline());
        assertEquals(Duration.ofMinutes(9), attempt.pausedTotal());
        assertEquals(0, attempt.breaksLeft());
        Instant later = at;
        DomainException none = assertThrows(DomainException.class, () -> attempt.pause(later));
        assertEquals("assessment.break.noneLeft", none.messageKey());
        assertThrows(DomainException.class, () -> attempt.resume(later), "not paused");
    }

    @Test
    void aBreakCountsAtMostItsLimitAndIsRefusedWithoutTheNeedOrPastTheDeadline() {
        Attempt attempt = attempt(false, true);
        Instant deadline = attempt.deadline();
        attempt.pause(NOW);
        Instant longAfter = NOW.plus(Duration.ofHours(3));
        assertFalse(attempt.isPaused(longAfter), "the clock runs again once the break reaches its limit");
        assertEquals(deadline.plus(Attempt.MAX_BREAK), attempt.effectiveDeadline(longAfter));
        assertTrue(attempt.isOverdue(longAfter));
        assertEquals(Attempt.MAX_BREAK, attempt.resume(longAfter));
        assertEquals(deadline.plus(Attempt.MAX_BREAK), attempt.deadline());

        Attempt without = attempt(false, false);
        assertEquals("assessment.break.notAllowed",
                assertThrows(DomainException.class, () -> without.pause(NOW)).messageKey());
        Attempt late = attempt(false, true);
        assertEquals("assessment.attempt.closed",
                assertThrows(DomainException.class, () -> late.pause(late.deadline())).messageKey());
    }

    @Test
    void anAttemptHandedInDuringABreakEndsTheBreakThere() {
        Attempt attempt = attempt(false, true);
        attempt.pause(NOW.plus(Duration.ofMinutes(5)));
        Instant handedIn = NOW.plus(Duration.ofMinutes(7));
        attempt.close(new Grading.Grade(0, 2, false, Map.of(), Map.of()), List.of(false, false),
                Attempt.Closer.VOLUNTEER, handedIn);
        assertEquals(handedIn, attempt.submittedAt());
        assertFalse(attempt.hasPauseToEnd());
        assertEquals(Duration.ofMinutes(2), attempt.pausedTotal());
    }

    @Test
    void shownIndicesBecomeTheItemsOwnAndBack() {
        AttemptItem single = new AttemptItem(1, ItemType.SINGLE, List.of(2, 0, 1));
        assertEquals(List.of(1), single.toItemAnswer(List.of(2)), "the third shown option is the item's option 1");
        assertEquals(List.of(2), single.toShown(List.of(1)));
        AttemptItem ordering = new AttemptItem(2, ItemType.ORDERING, List.of(3, 1, 0, 2));
        assertEquals(List.of(0, 1, 2, 3), ordering.toItemAnswer(List.of(2, 1, 3, 0)));
        assertEquals(List.of(2, 1, 3, 0), ordering.toShown(List.of(0, 1, 2, 3)));
        assertEquals(List.of(), single.toItemAnswer(List.of()), "an empty answer clears the position");
    }

    @Test
    void whatIsNotAnAnswerToTheItemIsRefused() {
        AttemptItem single = new AttemptItem(1, ItemType.SINGLE, List.of(2, 0, 1));
        AttemptItem multiple = new AttemptItem(1, ItemType.MULTIPLE, List.of(0, 1, 2, 3));
        AttemptItem ordering = new AttemptItem(2, ItemType.ORDERING, List.of(3, 1, 0, 2));
        assertThrows(DomainException.class, () -> single.toItemAnswer(List.of(0, 1)), "two for a single choice");
        assertThrows(DomainException.class, () -> single.toItemAnswer(List.of(3)), "no such option");
        assertThrows(DomainException.class, () -> multiple.toItemAnswer(List.of(1, 1)), "the same option twice");
        assertThrows(DomainException.class, () -> ordering.toItemAnswer(List.of(0, 1)), "half an order");
        assertEquals(List.of(3, 0), multiple.toItemAnswer(List.of(3, 0)));
    }

    private static Attempt attempt(boolean extended) {
        return attempt(extended, false);
    }

    private static Attempt attempt(boolean extended, boolean breaks) {
        Blueprint blueprint = new Blueprint("EXAM-T", Map.of("ethics", 2), Duration.ofMinutes(40), 0.75, 3,
                Duration.ofHours(24), List.of());
        Exam exam = new Exam(new ExamDefinition(blueprint, 1, new LocalizedText("测试", "Test"),
                ExamDefinition.TIER, "L1"), "f", NOW);
        return new Attempt(exam, 7, 42, extended, breaks, List.of(new AttemptItem(1, ItemType.SINGLE, List.of(1, 0)),
                new AttemptItem(2, ItemType.TRUE_FALSE, List.of(0, 1))), NOW);
    }
}
