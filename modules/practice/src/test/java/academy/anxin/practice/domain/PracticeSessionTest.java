package academy.anxin.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of a practice session and the rules of its details, without a container. */
class PracticeSessionTest {

    private static final long VOLUNTEER = 1;
    private static final long SUPERVISOR = 2;
    private static final Instant AT = Instant.parse("2026-11-23T06:00:00Z");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 14, 0);
    private static final LocalDate JOINED = LocalDate.of(2026, 1, 10);

    private static SessionDetails details(LocalDate date, LocalTime start, Integer minutes, String reflection) {
        return new SessionDetails(date, start, minutes, Modality.HOTLINE, Population.YOUTH, RiskLevel.HIGH, reflection);
    }

    private static SessionDetails good() {
        return details(LocalDate.of(2026, 11, 22), LocalTime.of(19, 0), 45, "Practised asking directly about suicide.");
    }

    private static PracticeSession submitted() {
        PracticeSession session = PracticeSession.draft(VOLUNTEER, 9, SUPERVISOR, good(), AT);
        session.submit(VOLUNTEER, AT);
        return session;
    }

    @Test
    void goodDetailsPass() {
        good().check(NOW, JOINED);
    }

    @Test
    void everyProblemOfTheDetailsIsReportedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new SessionDetails(null, null, 2, null, null,
                null, " ").check(NOW, JOINED));
        List<String> fields = refused.problems().stream().map(DomainException::field).toList();
        assertEquals(List.of("date", "start", "minutes", "modality", "population", "riskLevel", "reflection"), fields);
    }

    @Test
    void notInTheFutureNotBeforeJoiningAndASaneLength() {
        assertField("date", "practice.date.future", details(LocalDate.of(2026, 11, 23), LocalTime.of(14, 30), 30, "x"));
        assertField("date", "practice.date.beforeJoining", details(LocalDate.of(2026, 1, 9), LocalTime.of(9, 0), 30, "x"));
        assertField("minutes", "practice.minutes.range", details(LocalDate.of(2026, 11, 22), LocalTime.of(9, 0), 4, "x"));
        assertField("minutes", "practice.minutes.range", details(LocalDate.of(2026, 11, 22), LocalTime.of(9, 0), 481, "x"));
        details(LocalDate.of(2026, 11, 23), LocalTime.of(13, 0), 480, "x").check(NOW, JOINED); // started already: fine
    }

    @Test
    void aReflectionThatCouldIdentifyAClientIsRefusedAndSaysWhy() {
        DomainException refused = assertField("reflection", "practice.reflection.identifies.PHONE",
                details(LocalDate.of(2026, 11, 22), LocalTime.of(9, 0), 30, "她说可以打 139-1234-5678 找她。"));
        assertEquals(List.of("139-1234-5678"), refused.arguments());
        assertField("reflection", "practice.reflection.identifies.EMAIL",
                details(LocalDate.of(2026, 11, 22), LocalTime.of(9, 0), 30, "Wrote to caller at li.na@example.cn"));
    }

    @Test
    void overlapIsAnyCrossingButTouchingIsFine() {
        SessionDetails evening = good(); // 19:00 to 19:45
        LocalDate day = evening.date();
        assertTrue(evening.overlaps(day.atTime(19, 30), day.atTime(20, 0)));
        assertTrue(evening.overlaps(day.atTime(18, 0), day.atTime(23, 0)));
        assertFalse(evening.overlaps(day.atTime(19, 45), day.atTime(20, 30)));
        assertFalse(evening.overlaps(day.atTime(18, 0), day.atTime(19, 0)));
    }

    @Test
    void aVolunteerCannotAskThemselvesToSign() {
        DomainException refused = assertThrows(DomainException.class,
                () -> PracticeSession.draft(VOLUNTEER, 9, VOLUNTEER, good(), AT));
        assertEquals("practice.supervisor.self", refused.messageKey());
    }

    @Test
    void nobodySignsOffTheirOwnSession() {
        PracticeSession session = submitted();
        assertEquals("practice.signoff.own",
                assertThrows(DomainException.class, () -> session.approve(VOLUNTEER, AT)).messageKey());
    }

    @Test
    void returnedSessionsAreEditedAndResubmittedApprovedOnesNeverChange() {
        PracticeSession session = submitted();
        assertThrows(DomainException.class, () -> session.edit(VOLUNTEER, SUPERVISOR, good()), "waiting: locked");
        assertThrows(DomainException.class, () -> session.returnForChanges(SUPERVISOR, " ", AT), "a comment is needed");
        session.returnForChanges(SUPERVISOR, "Say which skills you used.", AT);
        assertEquals(SessionStatus.RETURNED, session.status());
        assertFalse(session.isDecisionSeen());
        session.edit(VOLUNTEER, SUPERVISOR, details(good().date(), good().start(), 50, "Used open questions."));
        session.submit(VOLUNTEER, AT);
        session.approve(SUPERVISOR, AT);
        assertEquals(SessionStatus.APPROVED, session.status());
        assertEquals(50, session.minutes());
        assertThrows(DomainException.class, () -> session.edit(VOLUNTEER, SUPERVISOR, good()));
        assertThrows(DomainException.class, () -> session.reject(SUPERVISOR, "late", AT), "decided once");
        assertThrows(AccessDenied.class, () -> session.edit(3, SUPERVISOR, good()), "only the volunteer edits");
    }

    @Test
    void aReversalMirrorsTheApprovedSessionWithNegativeMinutesAndWaitsForSignOff() {
        PracticeSession session = submitted();
        assertThrows(DomainException.class, () -> session.reverse(VOLUNTEER, SUPERVISOR, "wrong", AT),
                "only approved sessions are reversed");
        session.approve(SUPERVISOR, AT);
        PracticeSession reversal = session.reverse(VOLUNTEER, SUPERVISOR, "Logged the wrong day.", AT);
        assertEquals(-45, reversal.minutes());
        assertEquals(SessionStatus.SUBMITTED, reversal.status());
        assertTrue(reversal.isReversal());
        assertEquals("Logged the wrong day.", reversal.reversalReason());
        assertThrows(DomainException.class, () -> reversal.reverse(VOLUNTEER, SUPERVISOR, "again", AT));
    }

    @Test
    void totalsAreTheSumOfTheApprovedLedger() {
        PracticeSession approved = submitted();
        approved.approve(SUPERVISOR, AT);
        PracticeSession pending = submitted();
        PracticeSession rejected = submitted();
        rejected.reject(SUPERVISOR, "Not supervised practice.", AT);
        PracticeTotals before = PracticeTotals.of(List.of(approved, pending, rejected));
        assertEquals(45, before.minutes());
        assertEquals(45, before.of(Modality.HOTLINE));
        assertEquals(45, before.of(Population.YOUTH));
        assertEquals(45, before.of(RiskLevel.HIGH));
        assertEquals(0, before.of(Modality.GROUP));
        assertEquals(45, before.byMonth().get(java.time.YearMonth.of(2026, 11)));

        PracticeSession reversal = approved.reverse(VOLUNTEER, SUPERVISOR, "Wrong day.", AT);
        assertEquals(45, PracticeTotals.of(List.of(approved, reversal)).minutes(), "a reversal counts once signed");
        reversal.approve(SUPERVISOR, AT);
        PracticeTotals after = PracticeTotals.of(List.of(approved, pending, rejected, reversal));
        assertEquals(0, after.minutes());
        assertEquals(0, after.of(Modality.HOTLINE));
    }

    private static DomainException assertField(String field, String key, SessionDetails details) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> details.check(NOW, JOINED));
        DomainException problem = refused.problems().get(0);
        assertEquals(field, problem.field());
        assertEquals(key, problem.messageKey());
        return problem;
    }
}
