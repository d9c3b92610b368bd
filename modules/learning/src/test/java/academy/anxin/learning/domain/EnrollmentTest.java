package academy.anxin.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a lesson and a course are complete, where a volunteer resumes, and how time and quiz scores count. */
class EnrollmentTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalizedText TEXT = new LocalizedText("文", "text");

    private final Course course = course();
    private final Enrollment enrollment = Enrollment.start(7, course, T0);

    private static Course course() {
        Course course = new Course("T-1", 1, Serves.tier(Tier.L1), TEXT, TEXT, List.of(), List.of("t"), 20);
        course.add(Lesson.text(0, TEXT, "one", LessonKind.READING, TEXT, 5, TEXT));
        course.add(Lesson.text(0, TEXT, "two", LessonKind.SCENARIO, TEXT, 5, TEXT));
        course.add(Lesson.quiz(1, TEXT, "check", TEXT, 5, new BigDecimal("0.8"), List.of(
                question(0), question(1), question(2), question(0), question(1))));
        return course;
    }

    private static QuizQuestion question(int answer) {
        return new QuizQuestion(TEXT, List.of(TEXT, TEXT, TEXT), answer, TEXT);
    }

    @Test
    void aNewEnrollmentResumesAtTheFirstLesson() {
        assertEquals("one", enrollment.resumeAt().key());
        assertEquals(0, enrollment.percent());
    }

    @Test
    void itResumesAtTheLessonLastOpenedUntilThatIsDoneThenAtTheNextUnfinished() {
        enrollment.open("two", T0);
        assertEquals("two", enrollment.resumeAt().key());
        enrollment.complete("two", Duration.ofMinutes(4), T0);
        assertEquals("check", enrollment.resumeAt().key());
        enrollment.complete("one", Duration.ofMinutes(4), T0);
        assertEquals("check", enrollment.resumeAt().key());
    }

    @Test
    void completingTwiceCountsOnceButAddsTheTime() {
        assertTrue(enrollment.complete("one", Duration.ofMinutes(4), T0).lessonCompleted());
        assertFalse(enrollment.complete("one", Duration.ofMinutes(2), T0.plusSeconds(60)).lessonCompleted());
        assertEquals(360, enrollment.find("one").orElseThrow().secondsSpent());
        assertEquals(T0, enrollment.find("one").orElseThrow().completedAt());
    }

    @Test
    void aVisitLeftOpenForHoursCountsAtMostNinetyMinutes() {
        enrollment.complete("one", Duration.ofHours(9), T0);
        assertEquals(90 * 60, enrollment.find("one").orElseThrow().secondsSpent());
        enrollment.complete("two", Duration.ofSeconds(-5), T0);
        assertEquals(0, enrollment.find("two").orElseThrow().secondsSpent());
    }

    @Test
    void aQuizIsCompletedOnlyByPassingIt() {
        assertThrows(DomainException.class, () -> enrollment.complete("check", Duration.ZERO, T0));
        Lesson quiz = course.lesson("check").orElseThrow();
        QuizResult three = quiz.grade(Arrays.asList(0, 1, 2, 2, 2));
        assertFalse(three.passed());
        assertFalse(enrollment.answer("check", three, Duration.ofMinutes(1), T0).lessonCompleted());
        assertFalse(enrollment.isComplete("check"));
        QuizResult four = quiz.grade(Arrays.asList(0, 1, 2, 0, null));
        assertTrue(four.passed(), "4 of 5 meets a pass mark of 0.8 exactly");
        assertEquals(new BigDecimal("0.800"), four.score());
        assertTrue(enrollment.answer("check", four, Duration.ofMinutes(1), T0).lessonCompleted());
        assertEquals(new BigDecimal("0.800"), enrollment.find("check").orElseThrow().bestScore());
    }

    @Test
    void theCourseIsCompleteWhenEveryLessonIsAndOnlyOnce() {
        enrollment.complete("one", Duration.ZERO, T0);
        assertFalse(enrollment.complete("two", Duration.ZERO, T0).courseCompleted());
        assertEquals(66, enrollment.percent());
        Lesson quiz = course.lesson("check").orElseThrow();
        Enrollment.Completion done = enrollment.answer("check", quiz.grade(List.of(0, 1, 2, 0, 1)), Duration.ZERO,
                T0.plusSeconds(30));
        assertTrue(done.courseCompleted());
        assertEquals(T0.plusSeconds(30), enrollment.completedAt());
        assertEquals(100, enrollment.percent());
        assertFalse(enrollment.answer("check", quiz.grade(List.of(0, 1, 2, 0, 1)), Duration.ZERO, T0).courseCompleted());
    }

    @Test
    void anUnknownLessonIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> enrollment.open("nope", T0));
        assertEquals("learning.lesson.unknown", refused.messageKey());
    }
}
