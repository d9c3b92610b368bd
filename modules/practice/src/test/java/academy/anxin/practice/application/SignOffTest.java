package academy.anxin.practice.application;

import static academy.anxin.identity.application.InMemoryIdentity.ADDRESS;
import static academy.anxin.identity.application.InMemoryIdentity.caller;
import static academy.anxin.practice.application.InMemoryPractice.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeApproved;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.practice.domain.SessionStatus;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The decisions of {@link SignOff} over practice and identity in memory: approve, return with a comment, reject
 * with a reason, approve a reversal; refused to whoever may not sign off in the session's organization, to the
 * session's own volunteer, and on a session decided or changed since it was looked at; each decision audited.
 */
class SignOffTest {

    private final InMemoryPractice practice = new InMemoryPractice();
    private final InMemoryIdentity identity = practice.identity;
    private final RecordingAuditTrail audit = practice.audit;
    private final SignOff signOff = practice.signOff;

    private final Organization hotline = identity.organization("希望热线");
    private final Organization site = identity.organization("社区站");
    private final Person volunteer = identity.person("陈静", "chen@example.test");
    private final Person supervisor = identity.person("王芳", "wang@hotline.test");
    private final Person secondSupervisor = identity.person("周明", "zhou@hotline.test");
    /** Holds the supervisor role in the hotline but is not entitled there (no active L4, say). */
    private final Person unentitled = identity.person("孙丽", "sun@hotline.test");
    private final Person hotlineAdmin = identity.person("赵敏", "zhao@hotline.test");
    private final Person siteSupervisor = identity.person("李强", "li@site.test");

    SignOffTest() {
        identity.member(volunteer, hotline);
        identity.member(supervisor, hotline, Role.SUPERVISOR);
        identity.member(secondSupervisor, hotline, Role.SUPERVISOR);
        identity.member(unentitled, hotline, Role.SUPERVISOR);
        identity.member(hotlineAdmin, hotline, Role.ORG_ADMIN);
        identity.member(siteSupervisor, site, Role.SUPERVISOR, Role.ORG_ADMIN);
        practice.entitle(supervisor, hotline);
        practice.entitle(secondSupervisor, hotline);
        practice.entitle(siteSupervisor, site);
    }

    private PracticeSession waiting() {
        return practice.submitted(volunteer, hotline, supervisor);
    }

    private static void assertRefused(String messageKey, Executable decision) {
        DomainException refused = assertThrows(DomainException.class, decision);
        assertEquals(messageKey, refused.messageKey());
    }

    /** Each of the three decisions, by this caller, on what they saw. */
    private List<Executable> everyDecision(Caller caller, PracticeSession session, long seenVersion) {
        return List.of(() -> signOff.approve(caller, session.id(), seenVersion),
                () -> signOff.returnForChanges(caller, session.id(), seenVersion, "Say which skills you used."),
                () -> signOff.reject(caller, session.id(), seenVersion, "Not supervised practice."));
    }

    private void assertNothingDecided(PracticeSession session) {
        assertEquals(SessionStatus.SUBMITTED, session.status());
        assertNull(session.decidedBy());
        assertEquals(List.of(), audit.actions());
        assertEquals(List.of(), practice.approved.events);
    }

    // the decisions

    @Test
    void anApprovedSessionEntersTheLedgerIsAuditedAndAnnounced() {
        PracticeSession session = waiting();
        signOff.approve(caller(supervisor), session.id(), session.version());

        assertEquals(SessionStatus.APPROVED, session.status());
        assertEquals(supervisor.id(), session.decidedBy());
        assertEquals(NOW, session.decidedAt());
        assertNull(session.decisionComment());
        assertFalse(session.isDecisionSeen(), "the volunteer is told");
        AuditEvent entry = audit.last();
        assertEquals(List.of("PRACTICE_APPROVED"), audit.actions());
        assertEquals("person:" + supervisor.id(), entry.actor());
        assertEquals("practice:" + session.id(), entry.subject());
        assertEquals("person:" + volunteer.id() + " 45 min", entry.detail());
        assertEquals(ADDRESS, entry.address());
        assertEquals(List.of(new PracticeApproved(session.id(), volunteer.id(), hotline.id(), 45, Modality.HOTLINE,
                Population.YOUTH, RiskLevel.HIGH, NOW)), practice.approved.events);
    }

    @Test
    void aSessionReturnedForChangesCarriesTheCommentToTheVolunteer() {
        PracticeSession session = waiting();
        signOff.returnForChanges(caller(supervisor), session.id(), session.version(), "Say which skills you used.");

        assertEquals(SessionStatus.RETURNED, session.status());
        assertEquals("Say which skills you used.", session.decisionComment());
        assertFalse(session.isDecisionSeen());
        assertEquals(List.of("PRACTICE_RETURNED"), audit.actions());
        assertEquals("person:" + volunteer.id() + " 45 min: Say which skills you used.", audit.last().detail());
        assertEquals(List.of(), practice.approved.events, "nothing entered the ledger");
    }

    @Test
    void returningWithoutAUsableCommentIsRefusedAndNothingIsDecided() {
        PracticeSession session = waiting();
        for (String comment : new String[] {null, "", " \n "}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> signOff.returnForChanges(caller(supervisor), session.id(), session.version(), comment));
            assertEquals("comment", refused.field());
            assertEquals("practice.field.required", refused.messageKey());
        }
        DomainException tooLong = assertThrows(DomainException.class, () -> signOff.returnForChanges(
                caller(supervisor), session.id(), session.version(), "x".repeat(501)));
        assertEquals("practice.comment.tooLong", tooLong.messageKey());
        assertNothingDecided(session);
    }

    @Test
    void aRejectedSessionIsFinalWithItsReasonAndNeverCounts() {
        PracticeSession session = waiting();
        assertRefused("practice.field.required",
                () -> signOff.reject(caller(supervisor), session.id(), session.version(), " "));
        assertNothingDecided(session);

        signOff.reject(caller(supervisor), session.id(), session.version(), "Not supervised practice.");
        assertEquals(SessionStatus.REJECTED, session.status());
        assertEquals("Not supervised practice.", session.decisionComment());
        assertEquals(List.of("PRACTICE_REJECTED"), audit.actions());
        assertEquals("person:" + volunteer.id() + " 45 min: Not supervised practice.", audit.last().detail());
        assertEquals(List.of(), practice.approved.events);
    }

    @Test
    void anApprovedReversalTakesTheMinutesOutOfTheLedger() {
        PracticeSession original = waiting();
        signOff.approve(caller(supervisor), original.id(), original.version());
        PracticeSession reversal = practice.sessions.add(
                original.reverse(volunteer.id(), secondSupervisor.id(), "Logged the wrong day.", NOW));

        signOff.approve(caller(secondSupervisor), reversal.id(), reversal.version());

        assertEquals(SessionStatus.APPROVED, reversal.status());
        assertEquals(-45, practice.approved.events.get(1).minutes());
        assertEquals(reversal.id(), practice.approved.events.get(1).sessionId());
        assertEquals("person:" + volunteer.id() + " -45 min", audit.last().detail());
        assertEquals(0, signOff.totalsOf(caller(supervisor), volunteer.id(), hotline.id()).totals().minutes());
    }

    @Test
    void anyEntitledSupervisorOfTheOrganizationMayDecideNotOnlyTheOneAsked() {
        PracticeSession session = waiting();
        signOff.approve(caller(secondSupervisor), session.id(), session.version());
        assertEquals(secondSupervisor.id(), session.decidedBy());
        assertEquals(supervisor.id(), session.supervisorId(), "the request still names whom it was sent to");
    }

    // who may not decide

    @Test
    void aMemberNotEntitledToSignOffInTheOrganizationIsRefused() {
        PracticeSession session = waiting();
        for (Person notEntitled : List.of(unentitled, hotlineAdmin)) {
            for (Executable decision : everyDecision(caller(notEntitled), session, session.version())) {
                assertThrows(AccessDenied.class, decision);
            }
        }
        assertNothingDecided(session);
    }

    @Test
    void anotherOrganizationsSupervisorIsRefused() {
        PracticeSession session = waiting();
        for (Executable decision : everyDecision(caller(siteSupervisor), session, session.version())) {
            assertThrows(AccessDenied.class, decision);
        }
        assertNothingDecided(session);
    }

    @Test
    void nobodySignsOffTheirOwnSessionNotEvenAnEntitledSupervisor() {
        PracticeSession own = practice.submitted(secondSupervisor, hotline, supervisor);
        for (Executable decision : everyDecision(caller(secondSupervisor), own, own.version())) {
            assertRefused("practice.signoff.own", decision);
        }
        assertNothingDecided(own);
    }

    @Test
    void anUnknownSessionIsNotAllowedRatherThanNotFound() {
        assertThrows(AccessDenied.class, () -> signOff.approve(caller(supervisor), 999, 0));
    }

    // decided or changed since it was looked at

    @Test
    void aSessionAlreadyDecidedIsNotDecidedAgain() {
        PracticeSession session = waiting();
        signOff.approve(caller(supervisor), session.id(), session.version());
        for (Executable decision : everyDecision(caller(secondSupervisor), session, session.version())) {
            assertRefused("practice.signoff.changed", decision);
        }
        assertEquals(SessionStatus.APPROVED, session.status());
        assertEquals(supervisor.id(), session.decidedBy());
        assertEquals(List.of("PRACTICE_APPROVED"), audit.actions());
        assertEquals(1, practice.approved.events.size());
    }

    @Test
    void aReturnedSessionWaitsForTheVolunteerNotTheSupervisor() {
        PracticeSession session = waiting();
        signOff.returnForChanges(caller(supervisor), session.id(), session.version(), "Say which skills you used.");
        assertRefused("practice.signoff.changed",
                () -> signOff.approve(caller(supervisor), session.id(), session.version()));
        assertEquals(SessionStatus.RETURNED, session.status());
    }

    @Test
    void aDecisionOnAnOlderVersionThanTheSessionsIsRefused() {
        PracticeSession session = waiting();
        for (Executable decision : everyDecision(caller(supervisor), session, session.version() + 1)) {
            assertRefused("practice.signoff.changed", decision);
        }
        assertNothingDecided(session);
    }

    @Test
    void theSupervisorWhoseDecisionLosesARaceIsToldAndNothingIsAuditedOrAnnounced() {
        PracticeSession session = waiting();
        practice.sessions.anotherSupervisorCommitsFirst();
        assertRefused("practice.signoff.changed",
                () -> signOff.approve(caller(supervisor), session.id(), session.version()));
        assertEquals(List.of(), audit.actions());
        assertEquals(List.of(), practice.approved.events);
    }

    // the queue and totals

    @Test
    void theQueueHoldsWaitingSessionsOfTheOrganizationsWhereTheSupervisorIsEntitledNeverTheirOwn() {
        Person siteVolunteer = identity.person("刘洋", "liu@site.test");
        identity.member(siteVolunteer, site);
        PracticeSession mine = waiting();
        practice.submitted(supervisor, hotline, secondSupervisor);
        practice.submitted(siteVolunteer, site, siteSupervisor);
        PracticeSession decided = waiting();
        signOff.reject(caller(secondSupervisor), decided.id(), decided.version(), "Not supervised practice.");

        List<SessionView> queue = signOff.queue(caller(supervisor));
        assertEquals(List.of(mine.id()), queue.stream().map(SessionView::id).toList());
        assertEquals("陈静", queue.get(0).volunteerName());
        assertEquals("王芳", queue.get(0).supervisorName());
        assertEquals(1, signOff.waiting(caller(supervisor)));
        assertEquals(List.of(), signOff.queue(caller(unentitled)), "the role alone does not entitle");
    }

    @Test
    void onlyEntitledSupervisorsSeeTheSignOffPages() {
        assertTrue(signOff.isSupervisor(caller(supervisor)));
        assertFalse(signOff.isSupervisor(caller(unentitled)));
        assertFalse(signOff.isSupervisor(caller(volunteer)));
    }

    @Test
    void aVolunteersTotalsAreForTheirOrganizationsAdminsAndSupervisorsOnly() {
        PracticeSession session = waiting();
        signOff.approve(caller(supervisor), session.id(), session.version());
        Consumer<Person> mayLook = person -> {
            TotalsView totals = signOff.totalsOf(caller(person), volunteer.id(), hotline.id());
            assertEquals("陈静", totals.volunteerName());
            assertEquals(45, totals.totals().minutes());
            assertEquals(2400, totals.targetMinutes());
        };
        mayLook.accept(hotlineAdmin);
        mayLook.accept(supervisor);

        assertThrows(AccessDenied.class, () -> signOff.totalsOf(caller(unentitled), volunteer.id(), hotline.id()));
        assertThrows(AccessDenied.class, () -> signOff.totalsOf(caller(siteSupervisor), volunteer.id(), hotline.id()),
                "another organization's admin and supervisor");
        assertThrows(AccessDenied.class, () -> signOff.totalsOf(caller(siteSupervisor), volunteer.id(), site.id()),
                "not a member there");
    }
}
