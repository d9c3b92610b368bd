package academy.anxin.kernel.application;

import academy.anxin.kernel.domain.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The outcome of the latest check of the audit trail against its checkpoints, on this node: what the health
 * check, the metrics and the platform admins' banner show. Until the first check (within a minute of the start)
 * it reports nothing broken and no time of verification.
 */
@ApplicationScoped
public class AuditIntegrity {

    /** A check and when it ran. */
    public record Status(AuditChain.ChainCheck check, Instant verifiedAt) {

        public boolean broken() {
            return check != null && !check.intact();
        }
    }

    private static final Logger LOG = Logger.getLogger(AuditIntegrity.class.getName());

    private volatile Status status = new Status(null, null);

    void recorded(AuditChain.ChainCheck check, Instant at) {
        Status before = status;
        status = new Status(check, at);
        // said once when it breaks and once when it is whole again, not at every check in between
        if (!check.intact() && !before.broken()) {
            LOG.severe(() -> "the audit trail does not match its signed checkpoints: it breaks at entry "
                    + check.brokenAt() + " (" + check.reason() + ")");
        } else if (check.intact() && before.broken()) {
            LOG.warning(() -> "the audit trail matches its signed checkpoints again");
        }
    }

    public Status status() {
        return status;
    }

    public boolean broken() {
        return status.broken();
    }
}
