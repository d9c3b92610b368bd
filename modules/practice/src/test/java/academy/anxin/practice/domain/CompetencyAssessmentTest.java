package academy.anxin.practice.domain;

import static academy.anxin.practice.domain.RubricTest.RUBRIC;
import static academy.anxin.practice.domain.RubricTest.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recording a competency assessment: the outcome follows from the rubric, never from what anyone types; every
 * field is checked at once; nobody assesses themselves.
 */
class CompetencyAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    private static CompetencyAssessment record(CompetencyAssessment.Scores scores) {
        return CompetencyAssessment.record(7, 1, 9, RUBRIC, scores, TODAY, NOW);
    }

    @Test
    void theOutcomeIsTheRubricsRuleAppliedToTheLevels() {
        CompetencyAssessment passed = record(new CompetencyAssessment.Scores(ObservedIn.ROLE_PLAY, TODAY,
                levels(3, 2, 3, 3, 2, 3), "  开场自然，风险筛查完整。 "));
        assertTrue(passed.passed());
        assertEquals("开场自然，风险筛查完整。", passed.comment());
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.copyOf(passed.levels().keySet()));
        assertEquals(2, passed.levels().get("b"));
        CompetencyAssessment notYet = record(new CompetencyAssessment.Scores(ObservedIn.LIVE_CALL, TODAY,
                levels(4, 4, 2, 4, 4, 4), "没有问两个分数。"));
        assertFalse(notYet.passed());
    }

    @Test
    void nobodyAssessesThemselves() {
        DomainException refused = assertThrows(DomainException.class, () -> CompetencyAssessment.record(9, 1, 9,
                RUBRIC, new CompetencyAssessment.Scores(ObservedIn.ROLE_PLAY, TODAY, levels(4, 4, 4, 4, 4, 4),
                        "好"), TODAY, NOW));
        assertEquals("competency.self", refused.messageKey());
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> record(new CompetencyAssessment.Scores(
                ObservedIn.SUPERVISION, TODAY.plusDays(1), levels(0, 3, 3, 3, 3, 3), " ")));
        assertEquals(List.of("observedIn:competency.observedIn.notForRubric", "observedOn:competency.date.future",
                        "level.a:competency.level.range", "comment:competency.field.required"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
    }

    @Test
    void anObservationLongAgoOrACommentThatIdentifiesSomeoneIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> record(new CompetencyAssessment.Scores(null,
                TODAY.minusDays(CompetencyAssessment.OLDEST_DAYS + 1), levels(3, 3, 3, 3, 3, 3),
                "来电者留下了电话 13812345678")));
        assertEquals(List.of("observedIn:competency.field.required", "observedOn:competency.date.tooOld",
                        "comment:competency.comment.identifies.PHONE"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
    }

    @Test
    void aReversalNamesTheAssessmentCarriesTheReasonAndIsItselfNeverReversed() {
        CompetencyAssessment passed = record(new CompetencyAssessment.Scores(ObservedIn.ROLE_PLAY, TODAY,
                levels(3, 3, 3, 3, 3, 3), "好。"));
        academy.anxin.kernel.platform.InMemoryRows<CompetencyAssessment> rows =
                new academy.anxin.kernel.platform.InMemoryRows<>();
        rows.add(passed);
        CompetencyAssessment reversal = rows.add(passed.reverse(11, "  记错了日期。 ", NOW));
        assertTrue(reversal.isReversal());
        assertEquals(passed.id(), reversal.reversalOf());
        assertEquals("记错了日期。", reversal.comment());
        assertEquals(11, reversal.assessorId());
        assertFalse(reversal.passed());
        assertEquals(passed.levels(), reversal.levels());
        assertEquals("competency.reversal.ofReversal", assertThrows(DomainException.class,
                () -> reversal.reverse(11, "又错了。", NOW)).messageKey());
        assertEquals("competency.self", assertThrows(DomainException.class,
                () -> passed.reverse(7, "我不同意。", NOW)).messageKey());
        assertEquals("competency.comment.identifies.EMAIL", assertThrows(DomainException.class,
                () -> passed.reverse(11, "见 chen@example.cn", NOW)).messageKey());
    }
}
