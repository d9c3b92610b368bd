package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.ContentGeneration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@code lrn_content_generation}'s one row, through the learning unit's entity manager so that {@link #advance()}
 * joins the import's transaction: the new generation is seen exactly when the content it stands for is.
 */
@ApplicationScoped
public class SqlContentGeneration implements ContentGeneration {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Override
    public long read() {
        return ((Number) em.createNativeQuery("SELECT generation FROM lrn_content_generation WHERE id = 1")
                .getSingleResult()).longValue();
    }

    @Override
    public void advance() {
        if (em.createNativeQuery("UPDATE lrn_content_generation SET generation = generation + 1,"
                + " changed_at = NOW(3) WHERE id = 1").executeUpdate() != 1) {
            throw new IllegalStateException("lrn_content_generation has no row 1 (migration learning V4)");
        }
    }
}
