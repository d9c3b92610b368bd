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

    /**
     * What a save needs, with the attempt row locked until the transaction ends (so that a save and a submit
     * never cross): who owns it, whether it is open, its deadline, and the drawn item at the position (null when
     * there is no such position). Empty when there is no such attempt.
     */
    Optional<SaveTarget> lockForSave(long attemptId, int position);

    record SaveTarget(long personId, boolean open, Instant deadline, AttemptItem item) {
    }

    /** Saves one answer (item option indices) at a position, replacing any earlier one. */
    void saveAnswer(long attemptId, int position, List<Integer> answer, Instant at);

    /** The saved answers by position. */
    Map<Integer, List<Integer>> answers(long attemptId);

    /** Open attempts whose deadline has passed. */
    List<Long> overdue(Instant now, int max);

    /** Submitted attempts of an exam, for item statistics. */
    List<Attempt> submitted(String examCode);

    /** Saved answers of many attempts: attempt id, then position, then answer. */
    Map<Long, Map<Integer, List<Integer>>> answers(List<Long> attemptIds);
}
