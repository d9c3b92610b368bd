package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.OrganizationSuspension;
import academy.anxin.credentials.domain.OrganizationSuspensions;
import academy.anxin.credentials.domain.StandingChanged;
import academy.anxin.kernel.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Organizations' own suspensions in {@code crd_org_suspension}, in plain SQL. */
@ApplicationScoped
public class OrganizationSuspensionStore implements OrganizationSuspensions {

    private static final String COLUMNS = "SELECT id, credential_number, holder_id, organization_id, reason, suspended_by, "
            + "suspended_at FROM crd_org_suspension WHERE lifted_at IS NULL ";

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    @Inject
    Event<StandingChanged> changed;

    @Override
    public long add(OrganizationSuspension suspension) {
        em.createNativeQuery("INSERT INTO crd_org_suspension (credential_number, holder_id, organization_id, reason, "
                        + "suspended_by, suspended_at) VALUES (?,?,?,?,?,?)")
                .setParameter(1, suspension.number()).setParameter(2, suspension.holderId())
                .setParameter(3, suspension.organizationId()).setParameter(4, suspension.reason())
                .setParameter(5, suspension.suspendedBy()).setParameter(6, Sql.utc(suspension.suspendedAt()))
                .executeUpdate();
        changed.fire(new StandingChanged(suspension.holderId()));
        return Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public Optional<OrganizationSuspension> standing(long organizationId, String number) {
        return standing(organizationId, List.of(number)).stream().findFirst();
    }

    /**
     * The standing suspensions of these credentials by this organization: read as all the organization's standing
     * suspensions (few: lifted ones are not read) and kept if their number is asked for, rather than bound as one
     * parameter per number, which EclipseLink handles in time that grows with the square of their count (a report
     * over 300 members' 420 credentials spent most of its time there).
     */
    @Override
    public List<OrganizationSuspension> standing(long organizationId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Set<String> asked = Set.copyOf(numbers);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "AND organization_id = ? ORDER BY id")
                .setParameter(1, organizationId).getResultList();
        return rows.stream().map(OrganizationSuspensionStore::suspension).filter(s -> asked.contains(s.number()))
                .toList();
    }

    @Override
    public List<OrganizationSuspension> allStanding() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "ORDER BY id DESC").getResultList();
        return rows.stream().map(OrganizationSuspensionStore::suspension).toList();
    }

    @Override
    public boolean lift(OrganizationSuspension suspension, String actor, String reason, Instant at) {
        boolean lifted = em.createNativeQuery("UPDATE crd_org_suspension SET lifted_by = ?, lifted_at = ?, "
                        + "lift_reason = ? WHERE id = ? AND lifted_at IS NULL")
                .setParameter(1, actor).setParameter(2, Sql.utc(at)).setParameter(3, reason)
                .setParameter(4, suspension.id()).executeUpdate() == 1;
        changed.fire(new StandingChanged(suspension.holderId()));
        return lifted;
    }

    private static OrganizationSuspension suspension(Object[] row) {
        return new OrganizationSuspension(Sql.number(row[0]), (String) row[1], Sql.number(row[2]), Sql.number(row[3]),
                (String) row[4], (String) row[5], Sql.instant(row[6]));
    }
}
