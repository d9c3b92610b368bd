package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaExams implements Exams {

    @PersistenceContext(unitName = "assessment")
    EntityManager em;

    @Override
    public Optional<Exam> exam(String code) {
        return Optional.ofNullable(em.find(Exam.class, code));
    }

    @Override
    public List<Exam> all() {
        return em.createQuery("select e from Exam e order by e.servesKind desc, e.servesCode", Exam.class)
                .getResultList();
    }

    @Override
    public void add(Exam exam) {
        em.persist(exam);
    }

    @Override
    public List<StoredItem> items(String examCode) {
        return em.createQuery("select i from StoredItem i where i.examCode = :e order by i.itemCode, i.version",
                StoredItem.class).setParameter("e", examCode).getResultList();
    }

    @Override
    public List<StoredItem> current(String examCode) {
        return em.createQuery("select i from StoredItem i where i.examCode = :e and i.current = true order by i.id",
                StoredItem.class).setParameter("e", examCode).getResultList();
    }

    @Override
    public List<StoredItem> drafts(String examCode) {
        return em.createQuery("select i from StoredItem i where i.examCode = :e and i.current = true "
                + "and i.active = false order by i.itemCode", StoredItem.class).setParameter("e", examCode)
                .getResultList();
    }

    @Override
    public Map<Long, StoredItem> byIds(Collection<Long> ids) {
        Map<Long, StoredItem> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select i from StoredItem i where i.id in :ids", StoredItem.class)
                    .setParameter("ids", ids).getResultList().forEach(item -> found.put(item.id(), item));
        }
        return found;
    }

    @Override
    public String currentMark(String examCode) {
        // over what is drawn: a new version or a retirement moves the newest id or the count, an activation the
        // newest activation time
        Object[] mark = (Object[]) em.createQuery("select max(i.id), count(i), max(i.activatedAt) from StoredItem i "
                + "where i.examCode = :e and i.current = true and i.active = true and i.needsTranslation = false")
                .setParameter("e", examCode).getSingleResult();
        return mark[0] + "/" + mark[1] + "/" + mark[2];
    }

    @Override
    public void add(StoredItem item) {
        em.persist(item);
    }
}
