package academy.anxin.credentials.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a credential's life, appended and never changed: what happened, who did it (a person's login, an
 * admin, or {@code system} for scheduled jobs), why, and when. Issuance and renewal carry the validity period they
 * started.
 */
public record StatusEvent(Kind kind, String actor, String reason, Instant at, ValidityPeriod period)
        implements java.io.Serializable {

    public enum Kind {
        ISSUED, RENEWED, EXPIRING_REMINDED, EXPIRED, SUSPENDED, REINSTATED, REVOKED
    }

    public StatusEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        boolean startsPeriod = kind == Kind.ISSUED || kind == Kind.RENEWED;
        if (startsPeriod != (period != null)) {
            throw new IllegalArgumentException(kind + " with period " + period);
        }
    }
}
