package academy.anxin.practice.infrastructure;

import academy.anxin.practice.domain.CompetencyAssessment;
import academy.anxin.practice.domain.CompetencyAssessments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompetencyAssessments implements CompetencyAssessments {

    @PersistenceContext(unitName = "practice")
    EntityManager em;

    @Override
    public CompetencyAssessment add(CompetencyAssessment assessment) {
        em.persist(assessment);
        em.flush();
        return assessment;
    }

    @Override
    public Optional<CompetencyAssessment> byId(long id) {
        return Optional.ofNullable(em.find(CompetencyAssessment.class, id));
    }

    @Override
    public Optional<CompetencyAssessment> reversalOf(long id) {
        return em.createQuery("select a from CompetencyAssessment a where a.reversalOf = :id",
                CompetencyAssessment.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<CompetencyAssessment> ofVolunteer(long volunteerId) {
        return em.createQuery("select a from CompetencyAssessment a where a.volunteerId = :v "
                + "order by a.observedOn desc, a.id desc", CompetencyAssessment.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public List<CompetencyAssessment> recordedBy(long assessorId, int limit) {
        return em.createQuery("select a from CompetencyAssessment a where a.assessorId = :s order by a.id desc",
                CompetencyAssessment.class).setParameter("s", assessorId).setMaxResults(limit).getResultList();
    }
}
