package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.Enrollment;
import academy.anxin.learning.domain.Enrollments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaEnrollments implements Enrollments {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Override
    public Optional<Enrollment> of(long personId, long courseId) {
        return em.createQuery("select e from Enrollment e where e.personId = :person and e.course.id = :course",
                Enrollment.class).setParameter("person", personId).setParameter("course", courseId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Enrollment> of(long personId) {
        return em.createQuery("select e from Enrollment e where e.personId = :person order by e.lastActivityAt desc",
                Enrollment.class).setParameter("person", personId).getResultList();
    }

    @Override
    public Set<String> completedCourseCodes(long personId) {
        return new HashSet<>(em.createQuery("select distinct e.course.code from Enrollment e "
                + "where e.personId = :person and e.completedAt is not null", String.class)
                .setParameter("person", personId).getResultList());
    }

    @Override
    public Enrollment add(Enrollment enrollment) {
        try {
            em.persist(enrollment);
            em.flush();
            return enrollment;
        } catch (jakarta.persistence.PersistenceException raced) {
            // two tabs enrolled at once: the unique key kept one, and this request's transaction is spoiled
            throw new academy.anxin.kernel.domain.DomainException("learning.retry");
        }
    }
}
