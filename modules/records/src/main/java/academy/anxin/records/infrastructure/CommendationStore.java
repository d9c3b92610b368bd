package academy.anxin.records.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.records.domain.Commendation;
import academy.anxin.records.domain.Commendations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Commendations in {@code rec_commendation}, in plain SQL. */
@ApplicationScoped
public class CommendationStore implements Commendations {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public long add(long organizationId, long personId, LocalDate date, String reason, String recordedBy, Instant at) {
        em.createNativeQuery("INSERT INTO rec_commendation (organization_id, person_id, commended_on, reason, "
                        + "recorded_by, recorded_at) VALUES (?,?,?,?,?,?)")
                .setParameter(1, organizationId).setParameter(2, personId).setParameter(3, date)
                .setParameter(4, reason).setParameter(5, recordedBy).setParameter(6, Sql.utc(at)).executeUpdate();
        return Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public List<Commendation> of(long organizationId, long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, organization_id, person_id, commended_on, reason, "
                        + "recorded_by FROM rec_commendation WHERE organization_id = ? AND person_id = ? "
                        + "ORDER BY commended_on, id")
                .setParameter(1, organizationId).setParameter(2, personId).getResultList();
        return rows.stream().map(r -> new Commendation(Sql.number(r[0]), Sql.number(r[1]), Sql.number(r[2]),
                Days.of(r[3]), (String) r[4], (String) r[5])).toList();
    }
}
