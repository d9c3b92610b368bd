package academy.anxin.records.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.records.domain.Certificate;
import academy.anxin.records.domain.CertificateNumber;
import academy.anxin.records.domain.Certificates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Certificates in {@code rec_certificate}, in plain SQL: inserted, marked superseded, never updated otherwise. */
@ApplicationScoped
public class CertificateStore implements Certificates {

    private static final String COLUMNS = "number, organization_id, person_id, volunteer_name, volunteer_number, "
            + "period_from, period_to, service_minutes, service_description, organization_name, responsible_person, "
            + "contact, issued_on, issued_at, issued_by, superseded_by";

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Override
    public long nextSerial(int year) {
        return Sql.number(em.createNativeQuery("SELECT COALESCE(MAX(serial), 0) + 1 FROM rec_certificate "
                + "WHERE issue_year = ?").setParameter(1, year).getSingleResult());
    }

    @Override
    public void add(Certificate c) {
        em.createNativeQuery("INSERT INTO rec_certificate (" + COLUMNS + ", issue_year, serial) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .setParameter(1, c.number().text()).setParameter(2, c.organizationId()).setParameter(3, c.personId())
                .setParameter(4, c.volunteerName()).setParameter(5, c.volunteerNumber())
                .setParameter(6, c.periodFrom()).setParameter(7, c.periodTo()).setParameter(8, c.serviceMinutes())
                .setParameter(9, c.serviceDescription()).setParameter(10, c.organizationName())
                .setParameter(11, c.responsiblePerson()).setParameter(12, c.contact())
                .setParameter(13, c.issuedOn()).setParameter(14, Sql.utc(c.issuedAt()))
                .setParameter(15, c.issuedBy()).setParameter(16, c.supersededBy())
                .setParameter(17, c.number().year()).setParameter(18, c.number().serial()).executeUpdate();
    }

    @Override
    public List<String> supersede(long organizationId, long personId, String by, Instant at) {
        List<String> current = of(organizationId, personId).stream().filter(Certificate::isCurrent)
                .filter(c -> !c.number().text().equals(by)).map(c -> c.number().text()).toList();
        if (!current.isEmpty()) {
            em.createNativeQuery("UPDATE rec_certificate SET superseded_by = ?, superseded_at = ? "
                            + "WHERE organization_id = ? AND person_id = ? AND superseded_by IS NULL AND number <> ?")
                    .setParameter(1, by).setParameter(2, Sql.utc(at)).setParameter(3, organizationId)
                    .setParameter(4, personId).setParameter(5, by).executeUpdate();
        }
        return current;
    }

    @Override
    public Optional<Certificate> byNumber(CertificateNumber number) {
        return rows("WHERE number = ?", number.text()).stream().findFirst();
    }

    @Override
    public List<Certificate> of(long organizationId, long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM rec_certificate "
                        + "WHERE organization_id = ? AND person_id = ? ORDER BY id DESC")
                .setParameter(1, organizationId).setParameter(2, personId).getResultList();
        return rows.stream().map(CertificateStore::certificate).toList();
    }

    private List<Certificate> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM rec_certificate " + where)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(CertificateStore::certificate).toList();
    }

    private static Certificate certificate(Object[] r) {
        return new Certificate(CertificateNumber.parse((String) r[0]), Sql.number(r[1]), Sql.number(r[2]),
                (String) r[3], Sql.number(r[4]), Days.of(r[5]), Days.of(r[6]), (int) Sql.number(r[7]), (String) r[8],
                (String) r[9], (String) r[10], (String) r[11], Days.of(r[12]), Sql.instant(r[13]), (String) r[14],
                (String) r[15]);
    }
}
