package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Attempts and their saved answers kept in maps, for unit tests of the use cases. It keeps the database's promises
 * that the use cases rely on: one open attempt per person and exam (a second is refused as the unique key refuses
 * it), the same instance for the same attempt within a test (as one persistence context gives), and an answer saved
 * only while the attempt is open and before its deadline.
 */
final class InMemoryAttempts implements Attempts {

    private final Map<Long, Attempt> attempts = new LinkedHashMap<>();
    private final Map<Long, Map<Integer, List<Integer>>> answers = new HashMap<>();
    private long nextId = 1;

    /** Runs just before an attempt is added: a test puts a rival tab's attempt in here. */
    Runnable beforeAdd = () -> { };

    @Override
    public Optional<Attempt> find(long id) {
        return Optional.ofNullable(attempts.get(id));
    }

    @Override
    public Optional<Attempt> lock(long id) {
        return find(id);
    }

    @Override
    public List<Attempt> of(long personId, String examCode) {
        return of(personId).stream().filter(a -> a.examCode().equals(examCode)).toList();
    }

    @Override
    public List<Attempt> of(long personId) {
        return attempts.values().stream().filter(a -> a.personId() == personId)
                .sorted(Comparator.comparing(Attempt::startedAt)).toList();
    }

    @Override
    public void add(Attempt attempt) {
        beforeAdd.run();
        boolean secondOpen = attempts.values().stream().anyMatch(a -> a.isOpen()
                && a.personId() == attempt.personId() && a.examCode().equals(attempt.examCode()));
        if (secondOpen) {
            // how the persistence provider reports the unique key asm_attempt_one_open
            throw new IllegalStateException("flush failed",
                    new SQLIntegrityConstraintViolationException("Duplicate entry for key 'asm_attempt_one_open'"));
        }
        long id = nextId++;
        GeneratedIds.assign(attempt, id);
        attempts.put(id, attempt);
    }

    @Override
    public Optional<Draw> draw(long attemptId) {
        return find(attemptId).map(attempt -> {
            Map<Integer, AttemptItem> items = new HashMap<>();
            List<AttemptItem> drawn = attempt.items();
            for (int position = 0; position < drawn.size(); position++) {
                items.put(position, drawn.get(position));
            }
            return new Draw(attempt.personId(), items);
        });
    }

    @Override
    public boolean saveWhileOpen(long attemptId, int position, List<Integer> answer, Instant at) {
        Optional<Attempt> open = find(attemptId).filter(a -> a.accepts(at));
        open.ifPresent(a -> answers.computeIfAbsent(attemptId, id -> new TreeMap<>()).put(position, answer));
        return open.isPresent();
    }

    @Override
    public Map<Integer, List<Integer>> answers(long attemptId) {
        return new TreeMap<>(answers.getOrDefault(attemptId, Map.of()));
    }

    @Override
    public List<Long> overdue(Instant now, int max) {
        return attempts.values().stream().filter(a -> a.isOverdue(now)).map(Attempt::id).limit(max).toList();
    }

    @Override
    public List<Attempt> submitted(String examCode) {
        return attempts.values().stream().filter(a -> !a.isOpen() && a.examCode().equals(examCode)).toList();
    }

    @Override
    public Map<Long, Map<Integer, List<Integer>>> answers(List<Long> attemptIds) {
        Map<Long, Map<Integer, List<Integer>>> found = new HashMap<>();
        attemptIds.forEach(id -> found.put(id, answers(id)));
        return found;
    }
}
