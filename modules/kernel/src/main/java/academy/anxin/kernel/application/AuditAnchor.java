package academy.anxin.kernel.application;

import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.AuditCheckpoints;
import academy.anxin.kernel.domain.CheckpointSigner;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anchors the audit trail outside the database: writes a signed checkpoint of the head when it has moved since
 * the last one, every minute ({@link AuditAnchorSchedule}) and soon after each anchoring action
 * ({@link AuditCheckpoint#ANCHORING_ACTIONS}), and publishes the checkpoints for outside parties to copy.
 *
 * <p>An anchoring action only raises a flag after its transaction committed; the checkpoint is written on the
 * managed executor, so a sign-off or an issuance never waits for the signature and the disk. A burst of actions
 * gives one checkpoint, not one each.
 */
@ApplicationScoped
public class AuditAnchor {

    /** The most checkpoints one page of the public list holds. */
    public static final int PAGE_LIMIT = 1000;

    private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    CheckpointSigner signer;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * Writes a checkpoint of the head if it moved past the last one; empty when it did not, or when there is no
     * key to sign with. Serialized, so that two callers never write the same checkpoint twice.
     */
    public synchronized Optional<AuditCheckpoint> checkpoint() {
        AuditCheckpoint.Claims head = trail.head();
        if (head.sequence() <= checkpoints.lastSequence()) {
            return Optional.empty();
        }
        Optional<AuditCheckpoint> signed = signer.sign(head).map(jws -> AuditCheckpoint.of(head, jws));
        signed.ifPresent(checkpoints::append);
        return signed;
    }

    /** A checkpoint as the platform starts: the trail it found, and what the start recorded, before anyone acts. */
    void atStart(@Observes @Priority(StartupPhase.AUDIT_ANCHOR) SchemaMigrated migrated) {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit checkpoint at start not written: " + e, e);
        }
    }

    void onAnchoringAction(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditCheckpoint.Due due) {
        if (pending.compareAndSet(false, true)) {
            executor.execute(() -> {
                pending.set(false);
                try {
                    checkpoint();
                } catch (RuntimeException e) {
                    // the minute's checkpoint catches up; the action itself already committed
                    LOG.log(Level.WARNING, "audit checkpoint after " + due.action() + " not written: " + e, e);
                }
            });
        }
    }

    /** The published checkpoints with a sequence above {@code after}, oldest first, at most {@code limit}. */
    public List<AuditCheckpoint> published(long after, int limit) {
        return checkpoints.after(Math.max(after, 0), Math.max(1, Math.min(limit, PAGE_LIMIT)));
    }
}
