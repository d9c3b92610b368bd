package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.Answers;
import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import academy.anxin.assessment.domain.ItemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaAttempts implements Attempts {

    @PersistenceContext(unitName = "assessment")
    EntityManager em;

    @Override
    public Optional<Attempt> find(long id) {
        return Optional.ofNullable(em.find(Attempt.class, id));
    }

    @Override
    public Optional<Attempt> lock(long id) {
        return Optional.ofNullable(em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SaveTarget> lockForSave(long attemptId, int position) {
        // plain statements: an autosave should not materialize the attempt and its whole draw
        @SuppressWarnings("unchecked")
        List<Object[]> attempt = em.createNativeQuery("SELECT person_id, status, deadline FROM asm_attempt WHERE id = ? "
                + "FOR UPDATE").setParameter(1, attemptId).getResultList();
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = attempt.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> drawn = em.createNativeQuery("SELECT item_id, item_type, option_order FROM asm_attempt_item "
                + "WHERE attempt_id = ? AND position = ?").setParameter(1, attemptId).setParameter(2, position)
                .getResultList();
        AttemptItem item = drawn.isEmpty() ? null : new AttemptItem(((Number) drawn.get(0)[0]).longValue(),
                ItemType.valueOf((String) drawn.get(0)[1]), Answers.parse((String) drawn.get(0)[2]));
        return Optional.of(new SaveTarget(((Number) row[0]).longValue(), "OPEN".equals(row[1]), instant(row[2]),
                item));
    }

    private static Instant instant(Object column) {
        LocalDateTime local = column instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
        return local.toInstant(ZoneOffset.UTC);
    }

    @Override
    public List<Attempt> of(long personId, String examCode) {
        return em.createQuery("select a from Attempt a where a.personId = :p and a.examCode = :e order by a.startedAt",
                Attempt.class).setParameter("p", personId).setParameter("e", examCode).getResultList();
    }

    @Override
    public List<Attempt> of(long personId) {
        return em.createQuery("select a from Attempt a where a.personId = :p order by a.startedAt", Attempt.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public void add(Attempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    @Override
    public void saveAnswer(long attemptId, int position, List<Integer> answer, Instant at) {
        // one statement whether it is the first save or the fiftieth: the cohort's autosaves stay cheap
        em.createNativeQuery("INSERT INTO asm_answer (attempt_id, position, answer, saved_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE answer = VALUES(answer), saved_at = VALUES(saved_at), saves = saves + 1")
                .setParameter(1, attemptId).setParameter(2, position).setParameter(3, Answers.format(answer))
                .setParameter(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }

    @Override
    public Map<Integer, List<Integer>> answers(long attemptId) {
        return answers(List.of(attemptId)).getOrDefault(attemptId, new TreeMap<>());
    }

    @Override
    public Map<Long, Map<Integer, List<Integer>>> answers(List<Long> attemptIds) {
        Map<Long, Map<Integer, List<Integer>>> answers = new HashMap<>();
        if (attemptIds.isEmpty()) {
            return answers;
        }
        // the ids are longs from our own rows, so they are written into the statement as numbers
        StringBuilder in = new StringBuilder();
        for (Long id : attemptIds) {
            in.append(in.isEmpty() ? "" : ",").append(id.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT attempt_id, position, answer FROM asm_answer "
                + "WHERE attempt_id IN (" + in + ")").getResultList();
        for (Object[] row : rows) {
            answers.computeIfAbsent(((Number) row[0]).longValue(), id -> new TreeMap<>())
                    .put(((Number) row[1]).intValue(), Answers.parse((String) row[2]));
        }
        return answers;
    }

    @Override
    public List<Long> overdue(Instant now, int max) {
        return em.createQuery("select a.id from Attempt a where a.status = :open and a.deadline <= :now", Long.class)
                .setParameter("open", Attempt.Status.OPEN).setParameter("now", now).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Attempt> submitted(String examCode) {
        return em.createQuery("select a from Attempt a where a.examCode = :e and a.status = :s", Attempt.class)
                .setParameter("e", examCode).setParameter("s", Attempt.Status.SUBMITTED).getResultList();
    }
}
