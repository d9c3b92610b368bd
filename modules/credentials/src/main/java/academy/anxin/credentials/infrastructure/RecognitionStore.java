package academy.anxin.credentials.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.credentials.domain.RequirementId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Recognitions of prior qualifications, as submitted and as decided. */
@ApplicationScoped
public class RecognitionStore {

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    public record Row(long id, long personId, long organizationId, String qualification, String description,
                      String documentReference, String submittedBy, Instant submittedAt, String decision,
                      String decidedBy, Instant decidedAt, Set<RequirementId> satisfies, String note) {
    }

    public long insert(long personId, long organizationId, String qualification, String description,
                       String documentReference, String submittedBy, Instant at) {
        em.createNativeQuery("INSERT INTO crd_recognition (person_id, organization_id, qualification, description, "
                        + "document_ref, submitted_by, submitted_at, decision) VALUES (?,?,?,?,?,?,?, 'SUBMITTED')")
                .setParameter(1, personId).setParameter(2, organizationId).setParameter(3, qualification)
                .setParameter(4, description).setParameter(5, documentReference).setParameter(6, submittedBy)
                .setParameter(7, Sql.utc(at)).executeUpdate();
        return Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    /** Records a decision once: false when it was already decided. */
    public boolean decide(long id, String decision, String decidedBy, Instant at, Set<RequirementId> satisfies,
                          String note) {
        return em.createNativeQuery("UPDATE crd_recognition SET decision = ?, decided_by = ?, decided_at = ?, "
                        + "satisfies = ?, note = ? WHERE id = ? AND decision = 'SUBMITTED'")
                .setParameter(1, decision).setParameter(2, decidedBy).setParameter(3, Sql.utc(at))
                .setParameter(4, satisfies.stream().map(RequirementId::toString).collect(Collectors.joining(",")))
                .setParameter(5, note).setParameter(6, id).executeUpdate() == 1;
    }

    public Optional<Row> find(long id) {
        return rows("WHERE id = ?", id).stream().findFirst();
    }

    public List<Row> ofPerson(long personId) {
        return rows("WHERE person_id = ? ORDER BY submitted_at", personId);
    }

    public List<Row> pending() {
        return rows("WHERE decision = ? ORDER BY submitted_at", "SUBMITTED");
    }

    public List<Row> ofOrganization(long organizationId) {
        return rows("WHERE organization_id = ? ORDER BY submitted_at DESC", organizationId);
    }

    private List<Row> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, person_id, organization_id, qualification, description, "
                + "document_ref, submitted_by, submitted_at, decision, decided_by, decided_at, satisfies, note "
                + "FROM crd_recognition " + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new Row(Sql.number(r[0]), Sql.number(r[1]), Sql.number(r[2]), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], Sql.instant(r[7]), (String) r[8], (String) r[9],
                Sql.instant(r[10]), requirements((String) r[11]), (String) r[12])).toList();
    }

    private static Set<RequirementId> requirements(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(t -> RequirementId.parse(t, "satisfies"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
