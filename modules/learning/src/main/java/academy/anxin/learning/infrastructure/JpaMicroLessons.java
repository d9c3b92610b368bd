package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.MicroLesson;
import academy.anxin.learning.domain.MicroLessons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMicroLessons implements MicroLessons {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Override
    public List<MicroLesson> current() {
        return em.createQuery("select m from MicroLesson m where m.current = true order by m.code", MicroLesson.class)
                .getResultList();
    }

    @Override
    public Optional<MicroLesson> current(String code) {
        return em.createQuery("select m from MicroLesson m where m.code = :code and m.current = true", MicroLesson.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<MicroLesson> latest(String code) {
        return em.createQuery("select m from MicroLesson m where m.code = :code order by m.version desc",
                MicroLesson.class).setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public MicroLesson add(MicroLesson microLesson) {
        em.persist(microLesson);
        return microLesson;
    }
}
