package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.Organizations;
import academy.anxin.kernel.domain.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganizations implements Organizations {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<Organization> byId(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public List<Organization> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Organization> all() {
        return em.createQuery("select o from Organization o order by o.nameZh", Organization.class).getResultList();
    }

    @Override
    public List<Organization> within(RegionCode region) {
        String prefix = region.isProvince() ? region.text().substring(0, 2)
                : region.isPrefecture() ? region.text().substring(0, 4) : region.text();
        return em.createQuery("select o from Organization o where o.regionCode like :prefix order by o.nameZh",
                        Organization.class)
                .setParameter("prefix", prefix + "%").getResultList();
    }

    @Override
    public Organization add(Organization organization) {
        em.persist(organization);
        em.flush();
        return organization;
    }
}
