package academy.anxin.kernel.application;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail's clockwork: a checkpoint every minute when the head moved, and a check of the whole chain
 * against the checkpoints every ten minutes (and in the first minute after a start), whose outcome
 * {@link AuditIntegrity} holds. Each step opens its own transactions: a check of a long trail is not one
 * transaction. On a cluster one node writes each minute's checkpoint ({@link ScheduledWork}); every node checks the
 * chain, since each reports its own {@link AuditIntegrity} in {@code /health}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditAnchorSchedule {

    private static final Logger LOG = Logger.getLogger(AuditAnchorSchedule.class.getName());

    @Inject
    AuditAnchor anchor;

    @Inject
    AuditTrail trail;

    @Inject
    AuditIntegrity integrity;

    @Inject
    DatabaseOutage outage;

    @Inject
    ScheduledWork scheduled;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    public void everyMinute() {
        if (outage.ongoing()) {
            return; // nothing can move the head meanwhile; the next minute writes the checkpoint
        }
        try {
            if (scheduled.mine("kernel.audit-checkpoint", Duration.ofSeconds(54))) {
                anchor.checkpoint();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit checkpoint not written: " + e, e);
        }
        if (integrity.status().verifiedAt() == null) {
            verify();
        }
    }

    @Schedule(hour = "*", minute = "*/10", second = "50", persistent = false)
    public void verify() {
        if (outage.ongoing()) {
            return;
        }
        try {
            trail.verify();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit trail not checked: " + e, e);
        }
    }
}
