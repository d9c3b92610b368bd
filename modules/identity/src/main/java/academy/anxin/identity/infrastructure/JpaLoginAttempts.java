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

    private static final String OUTCOME = "academy.anxin.identity.domain.LoginAttempt.Outcome.";
    /** More than any throttle counts before its delays reach their cap. */
    private static final int ENOUGH = 100;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void add(LoginAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<Instant> failuresForEmailFromAddress(String email, String address, Instant since) {
        // failures after the window start and after the latest success for the same email from the same address
        String jpql = "select a.attemptedAt from LoginAttempt a where a.email = :email and a.address = :address"
                + " and a.outcome = " + OUTCOME + "FAILED and a.attemptedAt > :since"
                + " and not exists (select s from LoginAttempt s where s.email = :email and s.address = :address"
                + "   and s.outcome = " + OUTCOME + "SUCCEEDED and s.attemptedAt >= a.attemptedAt)"
                + " order by a.attemptedAt desc";
        return em.createQuery(jpql, Instant.class).setParameter("email", email).setParameter("address", address)
                .setParameter("since", since).setMaxResults(ENOUGH).getResultList();
    }

    @Override
    public List<Instant> failuresFromAddress(String address, Instant since) {
        // failures after the window start and after the latest success from the same address
        String jpql = "select a.attemptedAt from LoginAttempt a where a.address = :address"
                + " and a.outcome = " + OUTCOME + "FAILED and a.attemptedAt > :since"
                + " and not exists (select s from LoginAttempt s where s.address = :address"
                + "   and s.outcome = " + OUTCOME + "SUCCEEDED and s.attemptedAt >= a.attemptedAt)"
                + " order by a.attemptedAt desc";
        return em.createQuery(jpql, Instant.class).setParameter("address", address).setParameter("since", since)
                .setMaxResults(ENOUGH).getResultList();
    }

    @Override
    public List<Instant> failuresForEmail(String email, Instant since) {
        return byOutcome(email, LoginAttempt.Outcome.FAILED, since);
    }

    @Override
    public boolean succeededFrom(String email, String address, Instant since) {
        return !em.createQuery("select a.id from LoginAttempt a where a.email = :email and a.address = :address"
                        + " and a.outcome = " + OUTCOME + "SUCCEEDED and a.attemptedAt > :since", Long.class)
                .setParameter("email", email).setParameter("address", address).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Instant> wrongCurrentPasswords(String email, Instant since) {
        return byOutcome(email, LoginAttempt.Outcome.WRONG_CURRENT, since);
    }

    private List<Instant> byOutcome(String email, LoginAttempt.Outcome outcome, Instant since) {
        return em.createQuery("select a.attemptedAt from LoginAttempt a where a.email = :email"
                        + " and a.outcome = :outcome and a.attemptedAt > :since order by a.attemptedAt desc",
                        Instant.class)
                .setParameter("email", email).setParameter("outcome", outcome).setParameter("since", since)
                .setMaxResults(ENOUGH).getResultList();
    }

    @Override
    public int forgetBefore(Instant before) {
        return em.createQuery("delete from LoginAttempt a where a.attemptedAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
