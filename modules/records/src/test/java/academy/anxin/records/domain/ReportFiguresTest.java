package academy.anxin.records.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeTallies;
import academy.anxin.practice.domain.PracticeTallies.Approved;
import academy.anxin.practice.domain.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void monthsWithoutPracticeAreShownAsNothingAndReversalsNetOut() {
        List<Approved> approved = List.of(
                new Approved(JAN, Modality.HOTLINE, Population.YOUTH, RiskLevel.LOW, 2, 120),
                new Approved(JAN, Modality.HOTLINE, Population.YOUTH, RiskLevel.LOW, -1, -60),
                new Approved(JAN.plusMonths(2), Modality.GROUP, Population.BEREAVED, RiskLevel.HIGH, 1, 95));
        Map<YearMonth, ReportFigures.Tally> months = ReportFigures.byMonth(approved, JAN, JAN.plusMonths(3));
        assertEquals(List.of(JAN, JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3)), List.copyOf(months.keySet()));
        assertEquals(new ReportFigures.Tally(1, 60), months.get(JAN));
        assertEquals(ReportFigures.Tally.NONE, months.get(JAN.plusMonths(1)));
        assertEquals("1.6", months.get(JAN.plusMonths(2)).hours());
    }

    @Test
    void aLongOpenPeriodShowsItsLastMonthsOnly() {
        Map<YearMonth, ReportFigures.Tally> months = ReportFigures.byMonth(List.of(
                new Approved(YearMonth.of(2020, 1), Modality.HOTLINE, Population.YOUTH, RiskLevel.LOW, 1, 60)),
                null, JAN);
        assertEquals(ReportFigures.MAX_MONTHS, months.size());
        assertEquals(JAN, List.copyOf(months.keySet()).get(ReportFigures.MAX_MONTHS - 1));
    }

    @Test
    void everyKindHasItsRow() {
        Map<RiskLevel, ReportFigures.Tally> risks = ReportFigures.byKind(List.of(
                new Approved(JAN, Modality.HOTLINE, Population.YOUTH, RiskLevel.HIGH, 1, 50),
                new Approved(JAN.plusMonths(1), Modality.GROUP, Population.YOUTH, RiskLevel.HIGH, 2, 70)),
                RiskLevel.class, Approved::risk);
        assertEquals(List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH), List.copyOf(risks.keySet()));
        assertEquals(new ReportFigures.Tally(3, 120), risks.get(RiskLevel.HIGH));
        assertEquals(ReportFigures.Tally.NONE, risks.get(RiskLevel.LOW));
    }

    @Test
    void theBacklogWaitsAreTheMedianAndTheOldest() {
        Instant now = Instant.parse("2026-03-10T00:00:00Z");
        ReportFigures.Backlog backlog = ReportFigures.Backlog.of(List.of(now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(4))), now);
        assertEquals(4, backlog.waiting());
        assertEquals(Duration.ofHours(84), backlog.median());
        assertEquals(Duration.ofDays(9), backlog.oldest());
        assertEquals("3.5", ReportFigures.Backlog.days(backlog.median()));
        assertEquals(Duration.ofDays(3), ReportFigures.Backlog.of(List.of(now.minus(Duration.ofDays(3))), now).median());
        assertEquals(0, ReportFigures.Backlog.of(List.of(), now).waiting());
    }

    @Test
    void sharesAreOfDecisionsMadeAndSupervisorsWithoutDecisionsAreLeftOut() {
        List<ReportFigures.SupervisorShare> shares = ReportFigures.shares(List.of(
                new PracticeTallies.Decisions(7, 6, 3, 1), new PracticeTallies.Decisions(8, 0, 0, 0)),
                Map.of(7L, "王督导"));
        assertEquals(1, shares.size());
        assertEquals(10, shares.get(0).decided());
        assertEquals(30.0, shares.get(0).returnedShare());
        assertEquals(10.0, shares.get(0).rejectedShare());
        assertEquals("王督导", shares.get(0).name());
    }

    @Test
    void scoreTenthsFoldIntoFiveBands() {
        List<ReportFigures.ExamResult> exams = ReportFigures.exams(List.of(
                new ReportFigures.ScoreTenth("L2", 3, 2, 0), new ReportFigures.ScoreTenth("L2", 5, 1, 0),
                new ReportFigures.ScoreTenth("L2", 6, 1, 0), new ReportFigures.ScoreTenth("L2", 8, 3, 3),
                new ReportFigures.ScoreTenth("L2", 10, 1, 1), new ReportFigures.ScoreTenth("L1", 9, 1, 1)));
        assertEquals("L1", exams.get(0).examCode());
        ReportFigures.ExamResult l2 = exams.get(1);
        assertEquals(8, l2.attempts());
        assertEquals(4, l2.passed());
        assertEquals(50.0, l2.passRate());
        assertArrayEquals(new long[] {3, 1, 0, 3, 1}, l2.bands());
    }

    @Test
    void expiryFallsInTheFirstWindowThatHoldsIt() {
        Instant now = Instant.parse("2026-03-10T00:00:00Z");
        assertEquals(30, ReportFigures.expiryWindow(now.plus(Duration.ofDays(30)), now));
        assertEquals(60, ReportFigures.expiryWindow(now.plus(Duration.ofDays(31)), now));
        assertEquals(90, ReportFigures.expiryWindow(now.plus(Duration.ofDays(90)), now));
        assertEquals(0, ReportFigures.expiryWindow(now.plus(Duration.ofDays(91)), now));
        assertEquals(0, ReportFigures.expiryWindow(now.minusSeconds(1), now));
    }
}
