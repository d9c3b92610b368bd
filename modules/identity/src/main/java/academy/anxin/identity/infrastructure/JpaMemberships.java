package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.Memberships;
import academy.anxin.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMemberships implements Memberships {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<Membership> byId(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    @Override
    public Optional<Membership> of(long personId, long organizationId) {
        return em.createQuery("select m from Membership m where m.personId = :person and m.organizationId = :org",
                        Membership.class)
                .setParameter("person", personId).setParameter("org", organizationId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Membership> ofPerson(long personId) {
        return em.createQuery("select m from Membership m where m.personId = :person", Membership.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<Membership> inOrganization(long organizationId) {
        return em.createQuery("select m from Membership m where m.organizationId = :org", Membership.class)
                .setParameter("org", organizationId).getResultList();
    }

    @Override
    public List<long[]> idsIn(long organizationId) {
        return em.createQuery("select m.id, m.personId from Membership m where m.organizationId = :org", Object[].class)
                .setParameter("org", organizationId).getResultList().stream()
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}).toList();
    }

    @Override
    public long countHolding(long organizationId, Role role) {
        return inOrganization(organizationId).stream().filter(m -> m.holds(role)).count();
    }

    @Override
    public List<long[]> holdingAnywhere(Role role) {
        // the roles column is the converter's sorted, comma-separated text
        List<?> rows = em.createNativeQuery("SELECT person_id, organization_id FROM idn_membership"
                        + " WHERE FIND_IN_SET(?, roles) > 0")
                .setParameter(1, role.name()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
    }

    @Override
    public Membership add(Membership membership) {
        em.persist(membership);
        em.flush();
        return membership;
    }
}
