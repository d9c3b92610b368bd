package academy.anxin.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail: who did what to what, when, and from where. Entries are only ever appended: the
 * table refuses updates and deletes (database triggers), and each entry carries the hash of its predecessor and a
 * hash of its own content, so that a row forged or altered behind the platform's back breaks the chain.
 */
@Entity
@Table(name = "krn_audit_event")
public class AuditEvent {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 190)
    private String actor;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "subject", length = 190)
    private String subject;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    /** Seals a record as the entry after {@code previous} (sequence and hash), computing this entry's own hash. */
    public static AuditEvent append(AuditRecord record, long previousSequence, String previousHash, Instant at) {
        AuditEvent event = new AuditEvent();
        event.sequence = previousSequence + 1;
        // the database keeps microseconds: hash exactly what will be stored, or verification would fail later
        event.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        event.actor = AuditRecord.clip(record.actor(), 190);
        event.action = record.action();
        event.subject = AuditRecord.clip(record.subject(), 190);
        event.detail = AuditRecord.clip(record.detail(), 1000);
        event.address = AuditRecord.clip(record.address(), 64);
        event.previousHash = previousHash;
        event.hash = AuditChain.hash(event);
        return event;
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String address() {
        return address;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
