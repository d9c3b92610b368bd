package academy.anxin.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last entry the audit trail wrote. Its single row is locked while an entry is appended, which serializes
 * appends (so the chain never forks) and lets a check notice entries removed from the end.
 */
@Entity
@Table(name = "krn_audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "seq", nullable = false)
    private long sequence;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditHead() {
        // for JPA
    }

    public long sequence() {
        return sequence;
    }

    public String hash() {
        return hash;
    }

    public void advanceTo(AuditEvent event) {
        if (event.sequence() != sequence + 1 || !event.previousHash().equals(hash)) {
            throw new IllegalStateException("audit entry does not follow the head");
        }
        this.sequence = event.sequence();
        this.hash = event.hash();
    }
}
