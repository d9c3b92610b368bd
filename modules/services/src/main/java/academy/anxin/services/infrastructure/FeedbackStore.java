package academy.anxin.services.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.services.domain.Feedback;
import academy.anxin.services.domain.FeedbackAnswer;
import academy.anxin.services.domain.FeedbackRecords;
import academy.anxin.services.domain.FeedbackTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Feedback in {@code svc_feedback}, in plain SQL; the sums are counted by the database. */
@ApplicationScoped
public class FeedbackStore implements FeedbackRecords {

    private static final String FEEDBACK = "SELECT id, organization_id, received_on, rating, respected, "
            + "told_more_help, comment, hidden_at, hidden_by, hidden_reason FROM svc_feedback ";
    private static final String SUMS = "COUNT(*), SUM(rating), SUM(respected), SUM(told_more_help)";

    @PersistenceContext(unitName = "services")
    EntityManager em;

    @Override
    public void add(Feedback feedback) {
        FeedbackAnswer a = feedback.answer();
        em.createNativeQuery("INSERT INTO svc_feedback (organization_id, received_on, rating, respected, "
                        + "told_more_help, comment) VALUES (?,?,?,?,?,?)")
                .setParameter(1, feedback.organizationId()).setParameter(2, feedback.receivedOn())
                .setParameter(3, a.rating()).setParameter(4, a.respected())
                .setParameter(5, a.toldWhereToGetMoreHelp()).setParameter(6, a.comment())
                .executeUpdate();
        feedback.stored(Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()));
    }

    @Override
    public Optional<Feedback> find(long id) {
        return load("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void saveHiding(Feedback feedback) {
        em.createNativeQuery("UPDATE svc_feedback SET hidden_at = ?, hidden_by = ?, hidden_reason = ? "
                        + "WHERE id = ? AND hidden_at IS NULL")
                .setParameter(1, Sql.utc(feedback.hiddenAt())).setParameter(2, feedback.hiddenBy())
                .setParameter(3, feedback.hiddenReason()).setParameter(4, feedback.id())
                .executeUpdate();
    }

    @Override
    public List<Feedback> withComments(long organizationId, int limit) {
        return load("WHERE organization_id = ? AND comment IS NOT NULL ORDER BY received_on DESC, id DESC LIMIT "
                + Math.max(1, limit), organizationId);
    }

    @Override
    public Map<YearMonth, FeedbackTally> monthly(long organizationId, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT YEAR(received_on), MONTH(received_on), " + SUMS
                        + " FROM svc_feedback WHERE organization_id = ? AND received_on BETWEEN ? AND ? "
                        + "GROUP BY YEAR(received_on), MONTH(received_on)")
                .setParameter(1, organizationId).setParameter(2, from.atDay(1)).setParameter(3, to.atEndOfMonth())
                .getResultList();
        Map<YearMonth, FeedbackTally> months = new TreeMap<>();
        for (Object[] row : rows) {
            months.put(YearMonth.of((int) Sql.number(row[0]), (int) Sql.number(row[1])), tally(row, 2));
        }
        return months;
    }

    @Override
    public Map<Long, FeedbackTally> perOrganization(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        String in = organizationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organization_id, " + SUMS + " FROM svc_feedback "
                        + "WHERE organization_id IN (" + in + ") AND received_on BETWEEN ? AND ? "
                        + "GROUP BY organization_id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, FeedbackTally> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.put(Sql.number(row[0]), tally(row, 1));
        }
        return sums;
    }

    private static FeedbackTally tally(Object[] row, int first) {
        return new FeedbackTally(Sql.number(row[first]), Sql.number(row[first + 1]), Sql.number(row[first + 2]),
                Sql.number(row[first + 3]));
    }

    private List<Feedback> load(String where, long parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FEEDBACK + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(FeedbackStore::feedback).toList();
    }

    private static Feedback feedback(Object[] row) {
        FeedbackAnswer answer = new FeedbackAnswer((int) Sql.number(row[3]), bool(row[4]), bool(row[5]),
                (String) row[6]);
        return new Feedback(Sql.number(row[0]), Sql.number(row[1]), answer, date(row[2]), Sql.instant(row[7]),
                (String) row[8], (String) row[9]);
    }

    private static boolean bool(Object column) {
        return column instanceof Boolean b ? b : Sql.number(column) != 0;
    }

    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }
}
