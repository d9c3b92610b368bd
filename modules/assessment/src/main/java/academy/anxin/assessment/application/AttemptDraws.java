package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Attempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts' draws held in memory for autosave. A draw is frozen when the attempt starts and never changes, so
 * nothing needs to be dropped when it is stale: an autosave reads it here, and only its own answer goes to the
 * database.
 */
@ApplicationScoped
public class AttemptDraws {

    /** Draws kept; past this the memory starts again empty (a bound far above a cohort sitting at once). */
    static final int MOST_DRAWS = 50_000;

    @Inject
    Attempts attempts;

    @Inject
    AttemptDraws self;

    private final Map<Long, Attempts.Draw> draws = new ConcurrentHashMap<>();

    public Optional<Attempts.Draw> of(long attemptId) {
        Attempts.Draw known = draws.get(attemptId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Attempts.Draw> loaded = self.load(attemptId);
        loaded.ifPresent(draw -> remember(attemptId, draw));
        return loaded;
    }

    /**
     * Keeps the draw of an attempt just started, so that its page and first answers need not read it back. Should
     * the start's transaction fail after all, the id is never used by another attempt (auto-increment ids are not
     * given twice), and the entry only takes room.
     */
    public void remember(long attemptId, Attempts.Draw draw) {
        if (draws.size() >= MOST_DRAWS) {
            draws.clear();
        }
        draws.put(attemptId, draw);
    }

    @Transactional
    public Optional<Attempts.Draw> load(long attemptId) {
        return attempts.draw(attemptId);
    }
}
