package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.Course;
import academy.anxin.learning.domain.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCourses implements Courses {

    /** Tiers first (L1 to L4), then endorsements, each by code: the order a volunteer meets them. */
    private static final Comparator<Course> CATALOG_ORDER = Comparator
            .comparing((Course c) -> c.serves().isTier() ? 0 : 1)
            .thenComparing(c -> c.serves().code())
            .thenComparing(Course::code);

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Override
    public List<Course> current() {
        return em.createQuery("select c from Course c where c.current = true", Course.class).getResultList()
                .stream().sorted(CATALOG_ORDER).toList();
    }

    @Override
    public Optional<Course> current(String code) {
        return em.createQuery("select c from Course c where c.code = :code and c.current = true", Course.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Course> version(String code, int version) {
        return em.createQuery("select c from Course c where c.code = :code and c.version = :version", Course.class)
                .setParameter("code", code).setParameter("version", version).getResultStream().findFirst();
    }

    @Override
    public Optional<Course> latest(String code) {
        return em.createQuery("select c from Course c where c.code = :code order by c.version desc", Course.class)
                .setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Set<String> codes() {
        return new HashSet<>(em.createQuery("select distinct c.code from Course c", String.class).getResultList());
    }

    @Override
    public Course add(Course course) {
        em.persist(course);
        em.flush();
        return course;
    }

    @Override
    public void addMedia(Course course, String path, String contentType, byte[] bytes) {
        em.createNativeQuery("insert into lrn_media (course_id, path, content_type, bytes) values (?, ?, ?, ?)")
                .setParameter(1, course.id()).setParameter(2, path).setParameter(3, contentType)
                .setParameter(4, bytes).executeUpdate();
    }

    @Override
    public Optional<MediaFile> media(long courseId, String path) {
        List<?> rows = em.createNativeQuery("select content_type, bytes from lrn_media where course_id = ? and path = ?")
                .setParameter(1, courseId).setParameter(2, path).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new MediaFile((String) row[0], (byte[]) row[1]));
    }
}
