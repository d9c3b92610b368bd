package academy.anxin.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attempts, and the answers saved in them. */
public interface Attempts {

    Optional<Attempt> find(long id);

    /** The attempt, locked until the transaction ends, so that a save and a submit never cross. */
    Optional<Attempt> lock(long id);

    List<Attempt> of(long personId, String examCode);

    List<Attempt> of(long personId);

    /** Adds and flushes, so that a second open attempt fails here on the unique key. */
    void add(Attempt attempt);

    /** The frozen draw of an attempt: who owns it and the item at each position. Empty when there is none. */
    Optional<Draw> draw(long attemptId);

    record Draw(long personId, Map<Integer, AttemptItem> items) {

        public Draw {
            items = Map.copyOf(items);
        }
    }

    /**
     * Saves one answer (item option indices) at a position, replacing any earlier one, only while the attempt is
     * open and before {@code at} reaches its deadline; false, saving nothing, otherwise. One statement that reads
     * the attempt row under a shared lock, so a save and a submit never cross: a save waits for a submit in
     * progress and then finds the attempt closed.
     */
    boolean saveWhileOpen(long attemptId, int position, List<Integer> answer, Instant at);

    /** The saved answers by position. */
    Map<Integer, List<Integer>> answers(long attemptId);

    /** Open attempts whose deadline has passed. */
    List<Long> overdue(Instant now, int max);

    /** Submitted attempts of an exam, for item statistics. */
    List<Attempt> submitted(String examCode);

    /** Saved answers of many attempts: attempt id, then position, then answer. */
    Map<Long, Map<Integer, List<Integer>>> answers(List<Long> attemptIds);
}
