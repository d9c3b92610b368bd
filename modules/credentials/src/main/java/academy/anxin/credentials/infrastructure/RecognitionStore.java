package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.PriorQualification;
import academy.anxin.credentials.domain.RecognitionClaim;
import academy.anxin.credentials.domain.RecognitionClaims;
import academy.anxin.credentials.domain.RequirementId;
import academy.anxin.kernel.platform.Sql;
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

/** Claims of prior qualifications in {@code crd_recognition}, in plain SQL, as submitted and as decided. */
@ApplicationScoped
public class RecognitionStore implements RecognitionClaims {

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    @Override
    public long add(long personId, long organizationId, String qualification, String description,
                    String documentReference, String submittedBy, Instant at) {
        em.createNativeQuery("INSERT INTO crd_recognition (person_id, organization_id, qualification, description, "
                        + "document_ref, submitted_by, submitted_at, decision) VALUES (?,?,?,?,?,?,?, 'SUBMITTED')")
                .setParameter(1, personId).setParameter(2, organizationId).setParameter(3, qualification)
                .setParameter(4, description).setParameter(5, documentReference).setParameter(6, submittedBy)
                .setParameter(7, Sql.utc(at)).executeUpdate();
        return Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public boolean decide(long id, PriorQualification.Decision decision, String decidedBy, Instant at,
                          Set<RequirementId> satisfies, String note) {
        return em.createNativeQuery("UPDATE crd_recognition SET decision = ?, decided_by = ?, decided_at = ?, "
                        + "satisfies = ?, note = ? WHERE id = ? AND decision = 'SUBMITTED'")
                .setParameter(1, decision.name()).setParameter(2, decidedBy).setParameter(3, Sql.utc(at))
                .setParameter(4, satisfies.stream().map(RequirementId::toString).collect(Collectors.joining(",")))
                .setParameter(5, note).setParameter(6, id).executeUpdate() == 1;
    }

    @Override
    public Optional<RecognitionClaim> byId(long id) {
        return rows("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<RecognitionClaim> ofPerson(long personId) {
        return rows("WHERE person_id = ? ORDER BY submitted_at", personId);
    }

    @Override
    public List<RecognitionClaim> pending() {
        return rows("WHERE decision = ? ORDER BY submitted_at", PriorQualification.Decision.SUBMITTED.name());
    }

    @Override
    public List<RecognitionClaim> ofOrganization(long organizationId) {
        return rows("WHERE organization_id = ? ORDER BY submitted_at DESC", organizationId);
    }

    private List<RecognitionClaim> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, person_id, organization_id, qualification, description, "
                + "document_ref, submitted_by, submitted_at, decision, decided_by, decided_at, satisfies, note "
                + "FROM crd_recognition " + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new RecognitionClaim(Sql.number(r[0]), Sql.number(r[1]), Sql.number(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], Sql.instant(r[7]),
                PriorQualification.Decision.valueOf((String) r[8]), (String) r[9], Sql.instant(r[10]),
                requirements((String) r[11]), (String) r[12])).toList();
    }

    private static Set<RequirementId> requirements(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(t -> RequirementId.parse(t, "satisfies"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
