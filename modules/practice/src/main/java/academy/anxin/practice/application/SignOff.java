package academy.anxin.practice.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.domain.PracticeApproved;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.practice.domain.PracticeTotals;
import academy.anxin.practice.domain.SessionStatus;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A supervisor's sign-off: the queue of sessions waiting in the organizations where they are entitled (never
 * their own), and the decisions. Each decision names the version the supervisor was looking at: if another
 * supervisor decided first, this one is told so plainly and nothing is overwritten.
 */
@ApplicationScoped
public class SignOff {

    @Inject
    PracticeSessions sessions;

    @Inject
    SupervisionEntitlement entitlement;

    @Inject
    OrganizationService organizations;

    @Inject
    PracticeLog log;

    @Inject
    NextTierTarget target;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PracticeApproved> approved;

    @Inject
    Clock clock;

    @Transactional
    public List<SessionView> queue(Caller caller) {
        List<Long> entitled = organizations.membershipsOf(caller).stream().map(m -> m.organization().id())
                .filter(org -> entitlement.maySignOff(caller.personId(), org)).toList();
        return log.views(sessions.pendingIn(entitled).stream()
                .filter(s -> s.volunteerId() != caller.personId()).toList());
    }

    /** How many sessions wait for this supervisor (the in-app notification). */
    @Transactional
    public int waiting(Caller caller) {
        return queue(caller).size();
    }

    @Transactional
    public void approve(Caller caller, long sessionId, long seenVersion) {
        PracticeSession session = decidable(caller, sessionId, seenVersion);
        Instant now = clock.instant();
        session.approve(caller.personId(), now);
        recorded(caller, session, "PRACTICE_APPROVED", null);
        approved.fire(new PracticeApproved(session.id(), session.volunteerId(), session.organizationId(),
                session.minutes(), session.modality(), session.population(), session.riskLevel(), now));
    }

    @Transactional
    public void returnForChanges(Caller caller, long sessionId, long seenVersion, String comment) {
        PracticeSession session = decidable(caller, sessionId, seenVersion);
        session.returnForChanges(caller.personId(), comment, clock.instant());
        recorded(caller, session, "PRACTICE_RETURNED", comment);
    }

    @Transactional
    public void reject(Caller caller, long sessionId, long seenVersion, String reason) {
        PracticeSession session = decidable(caller, sessionId, seenVersion);
        session.reject(caller.personId(), reason, clock.instant());
        recorded(caller, session, "PRACTICE_REJECTED", reason);
    }

    /** A volunteer's totals, for the supervisors and organization admins of an organization they belong to. */
    @Transactional
    public TotalsView totalsOf(Caller caller, long volunteerId, long organizationId) {
        boolean mayLook = organizations.membershipsOf(caller).stream()
                .filter(m -> m.organization().id() == organizationId)
                .anyMatch(m -> m.holds(Role.ORG_ADMIN) || entitlement.maySignOff(caller.personId(), organizationId));
        if (!mayLook || organizations.joinedAt(volunteerId, organizationId).isEmpty()) {
            throw new AccessDenied();
        }
        PracticeTotals totals = PracticeTotals.of(sessions.ofVolunteerIn(volunteerId, organizationId));
        return new TotalsView(organizations.names(List.of(volunteerId)).get(volunteerId), totals,
                target.minutesFor(volunteerId));
    }

    private PracticeSession decidable(Caller caller, long sessionId, long seenVersion) {
        PracticeSession session = sessions.byId(sessionId).orElseThrow(AccessDenied::new);
        if (session.volunteerId() == caller.personId()) {
            throw new DomainException("practice.signoff.own");
        }
        if (!entitlement.maySignOff(caller.personId(), session.organizationId())) {
            throw new AccessDenied();
        }
        if (session.version() != seenVersion || session.status() != SessionStatus.SUBMITTED) {
            throw new DomainException("practice.signoff.changed");
        }
        return session;
    }

    private void recorded(Caller caller, PracticeSession session, String action, String comment) {
        try {
            // written now: a supervisor deciding the same session at this moment loses here, not at commit
            sessions.flush();
        } catch (OptimisticLockException raced) {
            throw new DomainException("practice.signoff.changed");
        }
        audit.record(new AuditRecord(caller.actor(), action, "practice:" + session.id(),
                "person:" + session.volunteerId() + " " + session.minutes() + " min"
                        + (comment == null ? "" : ": " + comment), caller.address()));
    }

    /** Organizations where the caller may sign off (for the navigation). */
    @Transactional
    public boolean isSupervisor(Caller caller) {
        return organizations.membershipsOf(caller).stream().map(MembershipView::organization)
                .anyMatch(org -> entitlement.maySignOff(caller.personId(), org.id()));
    }
}
