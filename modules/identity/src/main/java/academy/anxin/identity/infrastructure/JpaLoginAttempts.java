package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.LoginAttempt;
import academy.anxin.identity.domain.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaLoginAttempts implements LoginAttempts {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void add(LoginAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<Instant> failuresForEmail(String email, Instant since) {
        return failures("email", email, since);
    }

    @Override
    public List<Instant> failuresFromAddress(String address, Instant since) {
        return failures("address", address, since);
    }

    private List<Instant> failures(String by, String value, Instant since) {
        // failures after the window start and after the latest success for the same email or address
        String jpql = "select a.attemptedAt from LoginAttempt a where a." + by + " = :value"
                + " and a.outcome = academy.anxin.identity.domain.LoginAttempt.Outcome.FAILED"
                + " and a.attemptedAt > :since"
                + " and not exists (select s from LoginAttempt s where s." + by + " = :value"
                + "   and s.outcome = academy.anxin.identity.domain.LoginAttempt.Outcome.SUCCEEDED"
                + "   and s.attemptedAt >= a.attemptedAt)"
                + " order by a.attemptedAt desc";
        return em.createQuery(jpql, Instant.class).setParameter("value", value).setParameter("since", since)
                .setMaxResults(100).getResultList();
    }

    @Override
    public int forgetBefore(Instant before) {
        return em.createQuery("delete from LoginAttempt a where a.attemptedAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
