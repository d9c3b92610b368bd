package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.CoordinatorGrant;
import academy.anxin.identity.domain.CoordinatorGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Coordinators' grants in {@code idn_coordinator}. */
@ApplicationScoped
public class JpaCoordinatorGrants implements CoordinatorGrants {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<CoordinatorGrant> byId(long id) {
        return Optional.ofNullable(em.find(CoordinatorGrant.class, id));
    }

    @Override
    public List<CoordinatorGrant> activeOf(long personId) {
        return em.createQuery("select g from CoordinatorGrant g where g.personId = :person and g.withdrawnAt is null"
                        + " order by g.regionCode", CoordinatorGrant.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<CoordinatorGrant> all() {
        return em.createQuery("select g from CoordinatorGrant g order by g.id desc", CoordinatorGrant.class)
                .getResultList();
    }

    @Override
    public CoordinatorGrant add(CoordinatorGrant grant) {
        em.persist(grant);
        em.flush();
        return grant;
    }
}
