package academy.anxin.practice.application;

import static academy.anxin.identity.application.InMemoryIdentity.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.practice.domain.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * {@link PracticeLog}'s decisions about time already in the ledger: an approved session's time is taken until an
 * approved reversal frees it, and one reversal may be asked for per session.
 */
class PracticeLogTest {

    private final InMemoryPractice practice = new InMemoryPractice();
    private final InMemoryIdentity identity = practice.identity;
    private final Organization hotline = identity.organization("希望热线");
    private final Person volunteer = identity.person("陈静", "chen@example.test");
    private final Person supervisor = identity.person("王芳", "wang@hotline.test");
    private final Person secondSupervisor = identity.person("周明", "zhou@hotline.test");

    PracticeLogTest() {
        // a member for a month, so that last evening's practice may be logged
        identity.memberships.add(Membership.join(volunteer.id(), hotline.id(), EnumSet.of(Role.VOLUNTEER),
                InMemoryPractice.NOW.minus(Duration.ofDays(30))));
        identity.member(supervisor, hotline, Role.SUPERVISOR);
        identity.member(secondSupervisor, hotline, Role.SUPERVISOR);
        practice.entitle(supervisor, hotline);
        practice.entitle(secondSupervisor, hotline);
    }

    /** The same evening as {@link InMemoryPractice#submitted}'s session (19:00, 45 minutes), a little later. */
    private long logTheSameEvening() {
        return practice.log.save(caller(volunteer), null, hotline.id(), supervisor.id(),
                new SessionForm(LocalDate.of(2026, 11, 22), LocalTime.of(19, 30), 30, Modality.HOTLINE,
                        Population.YOUTH, RiskLevel.LOW, "Second call of the evening."), true);
    }

    private PracticeSession approvedWithReversalAsked() {
        PracticeSession original = practice.submitted(volunteer, hotline, supervisor);
        practice.signOff.approve(caller(supervisor), original.id(), original.version());
        long reversalId = practice.log.requestReversal(caller(volunteer), original.id(), secondSupervisor.id(),
                "Logged the wrong evening.");
        return practice.sessions.byId(reversalId).orElseThrow();
    }

    @Test
    void aRejectedReversalLeavesTheSessionInTheLedgerAndItsTimeTaken() {
        PracticeSession reversal = approvedWithReversalAsked();
        practice.signOff.reject(caller(secondSupervisor), reversal.id(), reversal.version(), "The date is right.");

        DomainException overlap = assertThrows(DomainException.class, this::logTheSameEvening);
        assertEquals("practice.overlap", overlap.messageKey());
        DomainException again = assertThrows(DomainException.class, () -> practice.log.requestReversal(
                caller(volunteer), reversal.reversalOf(), secondSupervisor.id(), "Once more."));
        assertEquals("practice.reversal.already", again.messageKey());
    }

    @Test
    void aPendingReversalLeavesTheTimeTakenUntilItIsApproved() {
        PracticeSession reversal = approvedWithReversalAsked();
        assertEquals("practice.overlap",
                assertThrows(DomainException.class, this::logTheSameEvening).messageKey());

        practice.signOff.approve(caller(secondSupervisor), reversal.id(), reversal.version());
        long relogged = logTheSameEvening();
        assertEquals(SessionStatus.SUBMITTED, practice.sessions.byId(relogged).orElseThrow().status());
    }
}
