package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.Answers;
import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaAttempts implements Attempts {

    private static final String SAVE_WHILE_OPEN = "INSERT INTO asm_answer (attempt_id, position, answer, saved_at) "
            + "SELECT id, ?, ?, ? FROM asm_attempt WHERE id = ? AND status = 'OPEN' AND paused_at IS NULL "
            + "AND deadline > ? "
            + "LOCK IN SHARE MODE "
            + "ON DUPLICATE KEY UPDATE answer = VALUES(answer), saved_at = VALUES(saved_at), saves = saves + 1";

    @PersistenceContext(unitName = "assessment")
    EntityManager em;

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public Optional<Attempt> find(long id) {
        return Optional.ofNullable(em.find(Attempt.class, id));
    }

    @Override
    public Optional<Attempt> lock(long id) {
        return Optional.ofNullable(em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE));
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
    public Optional<Draw> draw(long attemptId) {
        // plain statement: the draw without the attempt entity and its collection
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.person_id, i.position, i.item_id, i.item_type, "
                + "i.option_order FROM asm_attempt a LEFT JOIN asm_attempt_item i ON i.attempt_id = a.id "
                + "WHERE a.id = ?").setParameter(1, attemptId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, AttemptItem> items = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                items.put(((Number) row[1]).intValue(), new AttemptItem(((Number) row[2]).longValue(),
                        ItemType.valueOf((String) row[3]), Answers.parse((String) row[4])));
            }
        }
        return Optional.of(new Draw(((Number) rows.get(0)[0]).longValue(), items));
    }

    @Override
    public boolean saveWhileOpen(long attemptId, int position, List<Integer> answer, Instant at) {
        // JDBC, in the caller's transaction if there is one and on its own (autocommit) if not: the cohort's
        // autosaves are one statement and one commit each, with no persistence context around them
        try (Connection connection = dataSource.getConnection();
             PreparedStatement save = connection.prepareStatement(SAVE_WHILE_OPEN)) {
            LocalDateTime now = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            save.setInt(1, position);
            save.setString(2, Answers.format(answer));
            save.setObject(3, now);
            save.setLong(4, attemptId);
            save.setObject(5, now);
            return save.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("answer not saved", e);
        }
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
        // a paused attempt's clock runs again once its break reaches the limit: then it is due at the deadline
        // plus the limit (Attempt.effectiveDeadline); a break is only begun before the deadline
        return em.createQuery("select a.id from Attempt a where a.status = :open and ((a.pausedAt is null and "
                + "a.deadline <= :now) or (a.pausedAt is not null and a.deadline <= :breakRanOut))", Long.class)
                .setParameter("open", Attempt.Status.OPEN).setParameter("now", now)
                .setParameter("breakRanOut", now.minus(Attempt.MAX_BREAK)).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Attempt> submitted(String examCode) {
        return em.createQuery("select a from Attempt a where a.examCode = :e and a.status = :s", Attempt.class)
                .setParameter("e", examCode).setParameter("s", Attempt.Status.SUBMITTED).getResultList();
    }
}
