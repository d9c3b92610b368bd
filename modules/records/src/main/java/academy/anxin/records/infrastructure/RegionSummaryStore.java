package academy.anxin.records.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.records.domain.RegionSummaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The region summaries in plain SQL. Reads go by primary key prefix (organization id), so a dashboard reads the rows
 * of its region's organizations and nothing else; rebuilds write in batches of multi-row inserts.
 */
@ApplicationScoped
public class RegionSummaryStore implements RegionSummaries {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public void addApproved(MonthRow d) {
        em.createNativeQuery("INSERT INTO rec_org_month (organization_id, month, service_minutes, service_sessions,"
                        + " training_minutes) VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                        + " service_minutes = service_minutes + VALUES(service_minutes),"
                        + " service_sessions = service_sessions + VALUES(service_sessions),"
                        + " training_minutes = training_minutes + VALUES(training_minutes)")
                .setParameter(1, d.organizationId()).setParameter(2, d.month()).setParameter(3, d.serviceMinutes())
                .setParameter(4, d.serviceSessions()).setParameter(5, d.trainingMinutes()).executeUpdate();
    }

    @Override
    public void replaceStanding(long personId, List<StandingRow> rows) {
        // by person: rec_standing's key starts with the organization, so this reads the table's rows of the
        // organizations given plus a scan guarded by person for those the person left
        em.createNativeQuery("DELETE FROM rec_standing WHERE person_id = ?").setParameter(1, personId)
                .executeUpdate();
        insertStanding(rows);
    }

    @Override
    public void rebuild(List<MonthRow> months, List<StandingRow> standing, Instant at) {
        em.createNativeQuery("DELETE FROM rec_org_month").executeUpdate();
        em.createNativeQuery("DELETE FROM rec_standing").executeUpdate();
        for (int from = 0; from < months.size(); from += BATCH) {
            List<MonthRow> batch = months.subList(from, Math.min(months.size(), from + BATCH));
            String values = batch.stream().map(m -> "(" + m.organizationId() + ",'" + month(m.month()) + "',"
                    + m.serviceMinutes() + "," + m.serviceSessions() + "," + m.trainingMinutes() + ")")
                    .collect(Collectors.joining(","));
            em.createNativeQuery("INSERT INTO rec_org_month (organization_id, month, service_minutes,"
                    + " service_sessions, training_minutes) VALUES " + values).executeUpdate();
        }
        insertStanding(standing);
        em.createNativeQuery("INSERT INTO rec_summary_state (id, built_at) VALUES (1, ?)"
                        + " ON DUPLICATE KEY UPDATE built_at = VALUES(built_at)")
                .setParameter(1, Sql.utc(at)).executeUpdate();
    }

    private void insertStanding(List<StandingRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<StandingRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO rec_standing (organization_id, person_id, kind,"
                    + " tier_rank, endorsement_bit, valid_until) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)");
            }
            // a person may hold two credentials of one kind (a renewal): the later end counts
            sql.append(" ON DUPLICATE KEY UPDATE valid_until = GREATEST(valid_until, VALUES(valid_until))");
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (StandingRow r : batch) {
                query.setParameter(p++, r.organizationId()).setParameter(p++, r.personId())
                        .setParameter(p++, r.kind()).setParameter(p++, r.tierRank())
                        .setParameter(p++, r.endorsementBit()).setParameter(p++, Sql.utc(r.validUntil()));
            }
            query.executeUpdate();
        }
    }

    @Override
    public Optional<Instant> builtAt() {
        List<?> rows = em.createNativeQuery("SELECT built_at FROM rec_summary_state WHERE id = 1").getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Sql.instant(rows.get(0)));
    }

    @Override
    public List<ReadinessRow> readiness(Collection<Long> organizationIds, Instant now) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT organization_id, tier, mask, COUNT(*) FROM ("
                        + " SELECT organization_id, person_id, MAX(tier_rank) AS tier, BIT_OR(endorsement_bit) AS mask"
                        + " FROM rec_standing WHERE organization_id IN (" + ids(organizationIds) + ")"
                        + " AND valid_until > ? GROUP BY organization_id, person_id"
                        + " HAVING SUM(kind = 'MEMBER') > 0) AS volunteer"
                        + " GROUP BY organization_id, tier, mask")
                .setParameter(1, Sql.utc(now)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ReadinessRow(Sql.number(r[0]),
                (int) Sql.number(r[1]), (int) Sql.number(r[2]), Sql.number(r[3]))).toList();
    }

    @Override
    public Map<Long, OrganizationFigures> figures(Collection<Long> organizationIds, Instant now, String recentFrom) {
        Map<Long, OrganizationFigures> figures = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return figures;
        }
        String in = ids(organizationIds);
        Map<Long, long[]> minutes = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT organization_id, SUM(service_minutes),"
                        + " SUM(CASE WHEN month >= ? THEN service_minutes ELSE 0 END) FROM rec_org_month"
                        + " WHERE organization_id IN (" + in + ") GROUP BY organization_id")
                .setParameter(1, month(recentFrom)).getResultList()) {
            Object[] r = (Object[]) row;
            minutes.put(Sql.number(r[0]), new long[] {Sql.number(r[1]), Sql.number(r[2])});
        }
        Map<Long, long[]> expiring = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT organization_id, SUM(valid_until <= ?), SUM(valid_until <= ?)"
                        + " FROM rec_standing WHERE organization_id IN (" + in + ") AND kind <> 'MEMBER'"
                        + " AND valid_until > ? GROUP BY organization_id")
                .setParameter(1, Sql.utc(now.plus(Duration.ofDays(30))))
                .setParameter(2, Sql.utc(now.plus(Duration.ofDays(90)))).setParameter(3, Sql.utc(now))
                .getResultList()) {
            Object[] r = (Object[]) row;
            expiring.put(Sql.number(r[0]), new long[] {Sql.number(r[1]), Sql.number(r[2])});
        }
        for (long id : organizationIds) {
            long[] m = minutes.getOrDefault(id, new long[2]);
            long[] e = expiring.getOrDefault(id, new long[2]);
            figures.put(id, new OrganizationFigures(m[0], m[1], e[0], e[1]));
        }
        return figures;
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    /** A month as "YYYY-MM", checked, since it is written into SQL text by the rebuild. */
    private static String month(String month) {
        if (month == null || !month.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("month " + month);
        }
        return month;
    }
}
