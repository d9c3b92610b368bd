package academy.anxin.practice.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.PersonRef;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.practice.domain.PracticeSession;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.practice.domain.PracticeTotals;
import academy.anxin.practice.domain.SessionDetails;
import academy.anxin.practice.domain.SessionStatus;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A volunteer's practice log: drafting, editing and submitting sessions, asking for a reversal of an approved one,
 * the totals of the ledger with the next tier's target, decisions to read, and the log as CSV.
 */
@ApplicationScoped
public class PracticeLog {

    /** Sessions happen in China: "not in the future" and days are judged on its clock. */

    @Inject
    PracticeSessions sessions;

    @Inject
    SupervisionEntitlement entitlement;

    @Inject
    OrganizationService organizations;

    @Inject
    NextTierTarget target;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The organizations the caller belongs to, each with the supervisors who may sign (never the caller). */
    @Transactional
    public List<OrganizationChoice> choices(Caller caller) {
        return organizations.membershipsOf(caller).stream().map(MembershipView::organization)
                .map(org -> new OrganizationChoice(org.id(), org.nameZh(), org.nameEn(),
                        organizations.holding(org.id(), Role.SUPERVISOR).stream()
                                .filter(p -> p.personId() != caller.personId())
                                .filter(p -> entitlement.maySignOff(p.personId(), org.id())).toList()))
                .toList();
    }

    /**
     * Saves a new draft ({@code sessionId} null) or changes an editable one, and submits it when asked. Every
     * rule is checked here: membership, the supervisor's entitlement, the details, and no overlap with the
     * volunteer's other sessions.
     */
    @Transactional
    public long save(Caller caller, Long sessionId, long organizationId, long supervisorId, SessionForm form,
                     boolean submit) {
        SessionDetails details = form.details();
        LocalDateTime now = LocalDateTime.now(clock.withZone(PlatformTime.ZONE));
        var joined = organizations.joinedAt(caller.personId(), organizationId)
                .orElseThrow(() -> new DomainException("organization", "practice.organization.notMember"));
        if (supervisorId == caller.personId()) {
            throw new DomainException("supervisor", "practice.supervisor.self");
        }
        if (!entitlement.maySignOff(supervisorId, organizationId)) {
            throw new DomainException("supervisor", "practice.supervisor.notEntitled");
        }
        details.check(now, joined.atZone(PlatformTime.ZONE).toLocalDate());
        refuseOverlap(caller.personId(), sessionId, details);
        PracticeSession session;
        if (sessionId == null) {
            session = sessions.add(PracticeSession.draft(caller.personId(), organizationId, supervisorId, details,
                    clock.instant()));
        } else {
            session = own(caller, sessionId);
            if (session.organizationId() != organizationId) {
                throw new DomainException("organization", "practice.organization.fixed");
            }
            session.edit(caller.personId(), supervisorId, details);
        }
        if (submit) {
            session.submit(caller.personId(), clock.instant());
            audit.record(new AuditRecord(caller.actor(), "PRACTICE_SUBMITTED", "practice:" + session.id(),
                    session.minutes() + " min to person:" + supervisorId, caller.address()));
        }
        return session.id();
    }

    /** Asks for an approved session to be reversed (a mistake in it); the reversal waits for sign-off too. */
    @Transactional
    public long requestReversal(Caller caller, long sessionId, long supervisorId, String reason) {
        PracticeSession original = own(caller, sessionId);
        if (sessions.reversalStatus(sessionId).isPresent()) {
            throw new DomainException("practice.reversal.already");
        }
        if (!entitlement.maySignOff(supervisorId, original.organizationId()) || supervisorId == caller.personId()) {
            throw new DomainException("supervisor", "practice.supervisor.notEntitled");
        }
        PracticeSession reversal = sessions.add(original.reverse(caller.personId(), supervisorId, reason,
                clock.instant()));
        audit.record(new AuditRecord(caller.actor(), "PRACTICE_REVERSAL_REQUESTED", "practice:" + sessionId,
                "reversal practice:" + reversal.id() + ": " + reason, caller.address()));
        return reversal.id();
    }

    /**
     * Approved practice as evidence for another context: minutes (negative for a reversal), kind, the highest risk
     * met, and date.
     */
    public record ApprovedMinutes(int minutes, academy.anxin.practice.domain.Modality modality,
                                  academy.anxin.practice.domain.Population population,
                                  academy.anxin.practice.domain.RiskLevel riskLevel, java.time.LocalDate date) {

        /** A session whose risk nobody asks about (counted as low). */
        public ApprovedMinutes(int minutes, academy.anxin.practice.domain.Modality modality,
                               academy.anxin.practice.domain.Population population, java.time.LocalDate date) {
            this(minutes, modality, population, academy.anxin.practice.domain.RiskLevel.LOW, date);
        }
    }

    /** A volunteer's approved sessions and approved reversals, for credentials. */
    @Transactional
    public List<ApprovedMinutes> approvedOf(long volunteerId) {
        return sessions.ofVolunteer(volunteerId).stream()
                .filter(s -> s.status() == academy.anxin.practice.domain.SessionStatus.APPROVED)
                .map(s -> new ApprovedMinutes(s.minutes(), s.modality(), s.population(), s.riskLevel(), s.date())).toList();
    }

    /**
     * Sign-off backlog per organization among those given (organizations without a waiting session are absent):
     * counts only, for records' region summaries; records decides who may see them.
     */
    @Transactional
    public Map<Long, PracticeSessions.Waiting> waitingIn(java.util.Collection<Long> organizationIds) {
        return sessions.waitingIn(organizationIds);
    }

    /** The approved ledger summed per organization, month of approval and modality: to rebuild summaries from. */
    @Transactional
    public List<PracticeSessions.ApprovedMonth> approvedByOrganizationMonth() {
        return sessions.approvedByOrganizationMonth();
    }

    /**
     * A volunteer's whole ledger in one organization (every status, reversals included), for records' service
     * record; records decides who may see it.
     */
    @Transactional
    public List<SessionView> ledgerIn(long volunteerId, long organizationId) {
        return views(sessions.ofVolunteerIn(volunteerId, organizationId));
    }

    @Transactional
    public List<SessionView> mine(Caller caller) {
        return views(sessions.ofVolunteer(caller.personId()));
    }

    @Transactional
    public SessionView one(Caller caller, long sessionId) {
        return views(List.of(own(caller, sessionId))).get(0);
    }

    @Transactional
    public TotalsView totals(Caller caller) {
        PracticeTotals totals = PracticeTotals.of(sessions.ofVolunteer(caller.personId()));
        return new TotalsView(organizations.names(List.of(caller.personId())).get(caller.personId()), totals,
                target.minutesFor(caller.personId()));
    }

    /** Decisions the volunteer has not read yet (in-app notifications). */
    @Transactional
    public List<SessionView> unreadDecisions(Caller caller) {
        return mine(caller).stream().filter(v -> !v.decisionSeen()).toList();
    }

    @Transactional
    public void markRead(Caller caller, long sessionId) {
        own(caller, sessionId).decisionSeen(caller.personId());
    }

    /** The volunteer's whole log as CSV (RFC 4180), for their own records. */
    @Transactional
    public String csv(Caller caller) {
        return PracticeCsv.of(mine(caller));
    }

    List<SessionView> views(List<PracticeSession> list) {
        Set<Long> people = new HashSet<>();
        list.forEach(s -> {
            people.add(s.volunteerId());
            people.add(s.supervisorId());
        });
        Map<Long, String> names = organizations.names(people);
        return list.stream().map(s -> SessionView.of(s, names.get(s.volunteerId()), names.get(s.supervisorId())))
                .toList();
    }

    private void refuseOverlap(long volunteerId, Long sessionId, SessionDetails details) {
        if (details.date() == null || details.start() == null || details.minutes() == null) {
            return;
        }
        for (PracticeSession other : sessions.ofVolunteerBetween(volunteerId, details.date().minusDays(1),
                details.date().plusDays(1))) {
            boolean counts = other.status() != SessionStatus.REJECTED && !other.isReversal()
                    && !other.id().equals(sessionId) && !isReversedApproved(other);
            if (counts && details.overlaps(other.startsAt(), other.endsAt())) {
                throw new DomainException("start", "practice.overlap", other.date().toString(),
                        other.start().toString());
            }
        }
    }

    /** Only an approved reversal frees the time: a pending one may still be rejected, and the original stands. */
    private boolean isReversedApproved(PracticeSession session) {
        return session.status() == SessionStatus.APPROVED
                && sessions.reversalStatus(session.id()).filter(SessionStatus.APPROVED::equals).isPresent();
    }

    private PracticeSession own(Caller caller, long sessionId) {
        PracticeSession session = sessions.byId(sessionId).orElseThrow(AccessDenied::new);
        if (session.volunteerId() != caller.personId()) {
            throw new AccessDenied();
        }
        return session;
    }

    /** The supervisors of an organization, for a reversal request. */
    @Transactional
    public List<PersonRef> supervisorsOf(Caller caller, long organizationId) {
        return choices(caller).stream().filter(c -> c.organizationId() == organizationId).findFirst()
                .map(OrganizationChoice::supervisors).orElse(List.of());
    }
}
