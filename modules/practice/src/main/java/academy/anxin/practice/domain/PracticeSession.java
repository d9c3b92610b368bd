package academy.anxin.practice.domain;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One logged session of supervised practice, the aggregate of this context. A volunteer drafts it, edits it while
 * it is a draft or returned, and submits it to a supervisor of the organization, who approves it, returns it with
 * a comment, or rejects it with a reason; never their own. An approved session is in the ledger and never changes:
 * a mistake is corrected by {@link #reverse a reversing session} with negative minutes and a reason, which is
 * signed like any other, so totals are always the sum of the ledger.
 */
@Entity
@Table(name = "prc_session")
public class PracticeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "modality", nullable = false)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "population", nullable = false)
    private Population population;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    @Column(name = "reflection", nullable = false, length = 2000)
    private String reflection;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SessionStatus status;

    @Column(name = "reversal_of")
    private Long reversalOf;

    @Column(name = "reversal_reason", length = 500)
    private String reversalReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    // a decision the volunteer has not yet seen is an in-app notification
    @Column(name = "decision_seen", nullable = false)
    private boolean decisionSeen = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PracticeSession() {
        // for JPA
    }

    /** A new draft; the details must have passed {@link SessionDetails#check}. */
    public static PracticeSession draft(long volunteerId, long organizationId, long supervisorId,
                                        SessionDetails details, Instant at) {
        if (supervisorId == volunteerId) {
            throw new DomainException("supervisor", "practice.supervisor.self");
        }
        PracticeSession session = new PracticeSession();
        session.volunteerId = volunteerId;
        session.organizationId = organizationId;
        session.status = SessionStatus.DRAFT;
        session.createdAt = at;
        session.write(supervisorId, details);
        return session;
    }

    /** The volunteer changes a draft or a returned session. */
    public void edit(long by, long supervisorId, SessionDetails details) {
        requireVolunteer(by);
        if (!status.editable() || isReversal()) {
            throw new DomainException("practice.session.notEditable");
        }
        if (supervisorId == volunteerId) {
            throw new DomainException("supervisor", "practice.supervisor.self");
        }
        write(supervisorId, details);
    }

    public void submit(long by, Instant at) {
        requireVolunteer(by);
        if (!status.editable()) {
            throw new DomainException("practice.session.notEditable");
        }
        status = SessionStatus.SUBMITTED;
        submittedAt = at;
    }

    /** Approves: from now on the session is in the ledger. The caller checked the supervisor's entitlement. */
    public void approve(long supervisor, Instant at) {
        decide(supervisor, SessionStatus.APPROVED, null, at);
    }

    /** Sends it back to the volunteer to change, saying what to change. */
    public void returnForChanges(long supervisor, String comment, Instant at) {
        decide(supervisor, SessionStatus.RETURNED, required(comment, "comment"), at);
    }

    public void reject(long supervisor, String reason, Instant at) {
        decide(supervisor, SessionStatus.REJECTED, required(reason, "comment"), at);
    }

    /**
     * A reversing session for this approved one: the same details with negative minutes, submitted at once to the
     * same supervisor (or another entitled one) with the volunteer's reason.
     */
    public PracticeSession reverse(long by, long supervisorId, String reason, Instant at) {
        requireVolunteer(by);
        if (status != SessionStatus.APPROVED || isReversal()) {
            throw new DomainException("practice.reversal.onlyApproved");
        }
        PracticeSession reversal = draft(volunteerId, organizationId, supervisorId,
                new SessionDetails(date, start, minutes, modality, population, riskLevel, reflection), at);
        reversal.minutes = -minutes;
        reversal.reversalOf = id;
        reversal.reversalReason = required(reason, "reason");
        reversal.status = SessionStatus.SUBMITTED;
        reversal.submittedAt = at;
        return reversal;
    }

    /** The volunteer has read the decision (the notification goes away). */
    public void decisionSeen(long by) {
        requireVolunteer(by);
        decisionSeen = true;
    }

    private void decide(long supervisor, SessionStatus outcome, String comment, Instant at) {
        if (supervisor == volunteerId) {
            throw new DomainException("practice.signoff.own");
        }
        if (status != SessionStatus.SUBMITTED) {
            throw new DomainException("practice.signoff.notPending");
        }
        status = outcome;
        decidedBy = supervisor;
        decidedAt = at;
        decisionComment = comment;
        decisionSeen = false;
    }

    private void write(long supervisorId, SessionDetails details) {
        this.supervisorId = supervisorId;
        this.date = details.date();
        this.start = details.start();
        this.minutes = details.minutes();
        this.modality = details.modality();
        this.population = details.population();
        this.riskLevel = details.riskLevel();
        this.reflection = details.reflection().strip();
    }

    private void requireVolunteer(long by) {
        if (by != volunteerId) {
            throw new AccessDenied();
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new DomainException(field, "practice.field.required");
        }
        if (text.length() > 500) {
            throw new DomainException(field, "practice.comment.tooLong", 500);
        }
        return text.strip();
    }

    /** A reversing entry: the only sessions with negative minutes. */
    public boolean isReversal() {
        return minutes < 0;
    }

    public SessionDetails details() {
        return new SessionDetails(date, start, Math.abs(minutes), modality, population, riskLevel, reflection);
    }

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(Math.abs(minutes));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public long organizationId() {
        return organizationId;
    }

    public long supervisorId() {
        return supervisorId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime start() {
        return start;
    }

    /** Signed: negative for a reversal. */
    public int minutes() {
        return minutes;
    }

    public Modality modality() {
        return modality;
    }

    public Population population() {
        return population;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public String reflection() {
        return reflection;
    }

    public SessionStatus status() {
        return status;
    }

    public Long reversalOf() {
        return reversalOf;
    }

    public String reversalReason() {
        return reversalReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionComment() {
        return decisionComment;
    }

    public boolean isDecisionSeen() {
        return decisionSeen;
    }
}
