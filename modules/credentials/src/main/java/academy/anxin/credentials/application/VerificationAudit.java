package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.credentials.domain.VerificationCalls;
import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every verification call. Calls are queued and written in batches ten times a second, so that the audit
 * does not put a database write (and its lock) inside every call; small batches, often, so that no one flush
 * stalls the calls around it. The queue is written out on shutdown too. A crash can lose up to a tenth of a
 * second of entries: the price of verification at the server's own speed.
 */
@ApplicationScoped
public class VerificationAudit {

    private static final Logger LOG = Logger.getLogger(VerificationAudit.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    VerificationCalls log;

    @Inject
    VerificationAudit self;

    @Inject
    DatabaseOutage outage;

    private final ConcurrentLinkedQueue<VerificationCall> queue = new ConcurrentLinkedQueue<>();
    private volatile ScheduledFuture<?> flushing;

    public void record(VerificationCall entry) {
        queue.add(entry);
        if (flushing == null) {
            synchronized (this) {
                if (flushing == null) {
                    flushing = scheduler.scheduleWithFixedDelay(this::flushQuietly, 100, 100, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void flushQuietly() {
        if (outage.ongoing()) {
            return; // the calls wait in the queue until the database answers again
        }
        try {
            while (!queue.isEmpty()) {
                self.flush();
            }
        } catch (RuntimeException e) {
            if (!outage.noteFailure(e)) {
                LOG.log(Level.WARNING, "verification audit could not be written; will try again", e);
            }
        }
    }

    /** Writes up to 500 queued entries in one transaction; on failure they go back on the queue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void flush() {
        List<VerificationCall> batch = new ArrayList<>();
        VerificationCall entry;
        while (batch.size() < 500 && (entry = queue.poll()) != null) {
            batch.add(entry);
        }
        try {
            log.write(batch);
        } catch (RuntimeException e) {
            queue.addAll(batch);
            throw e;
        }
    }

    @PreDestroy
    void shutdown() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flushQuietly();
    }
}
