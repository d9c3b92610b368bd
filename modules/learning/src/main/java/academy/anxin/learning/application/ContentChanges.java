package academy.anxin.learning.application;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import academy.anxin.learning.domain.ContentGeneration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which content generation ({@link ContentGeneration}) this node serves, and {@link ContentChanged} when it moves
 * on. An import through this node is seen at once (its {@link ContentImported}); one through another node by a poll
 * of the generation's row every {@value #POLL_MS} ms, a primary-key read: nodes share only the database. Whatever a
 * node keeps derived from the content tags it with {@link #generation()} as read before it read the content, and
 * uses it only while the generation is the same.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class.getName());
    /** How often another node's import is looked for: its pages and search results follow within about this. */
    static final long POLL_MS = 1_000;

    @Inject
    ContentGeneration store;

    @Inject
    ContentChanges self;

    @Inject
    DatabaseOutage outage;

    @Inject
    Event<ContentChanged> changed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Seen seen = new Seen();
    private volatile ScheduledFuture<?> polling;

    /** The generation this node serves; empty until it has been read once. */
    public OptionalLong generation() {
        return seen.last();
    }

    /** Reads the generation before the start-up's index build reads the content, then keeps polling it. */
    void onStart(@Observes @Priority(StartupPhase.CURRICULUM) SchemaMigrated migrated) {
        look();
        polling = scheduler.scheduleWithFixedDelay(this::look, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** This node's own import: committed before this is fired, so the new generation is there to read. */
    void onImport(@Observes ContentImported imported) {
        look();
    }

    /** Reads the generation and announces it if it moved; nothing when the database cannot say. */
    void look() {
        if (outage.ongoing()) {
            return; // said once by DatabaseOutage; the first poll after it finds what changed meanwhile
        }
        long reading;
        try {
            reading = self.read();
        } catch (RuntimeException e) {
            if (!outage.noteFailure(e)) {
                LOG.log(Level.WARNING, "could not read the content generation; looking again in " + POLL_MS + " ms", e);
            }
            return;
        }
        if (seen.changedBy(reading)) {
            LOG.info(() -> "content generation " + reading + ": dropping what was derived from the earlier one");
            changed.fire(new ContentChanged(reading));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long read() {
        return store.read();
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    /**
     * The decision, apart from the polling: the first reading is where the node starts (what it builds from then on
     * is built from that content), not a change; after it, any other number is a change, backwards too (a database
     * restored from a backup). The same reading twice (the poll and an import's own look) announces nothing twice.
     */
    static final class Seen {

        /** Read on every cached page's request: a volatile read, no lock. */
        private volatile OptionalLong last = OptionalLong.empty();

        synchronized boolean changedBy(long reading) {
            boolean change = last.isPresent() && last.getAsLong() != reading;
            last = OptionalLong.of(reading);
            return change;
        }

        OptionalLong last() {
            return last;
        }
    }
}
