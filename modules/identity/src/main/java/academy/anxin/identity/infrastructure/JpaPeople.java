package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.People;
import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPeople implements People {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<Person> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> byEmail(EmailAddress email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email.value()).getResultStream().findFirst();
    }

    @Override
    public List<Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public boolean anyPlatformAdmin() {
        return aPlatformAdmin().isPresent();
    }

    @Override
    public Optional<Person> aPlatformAdmin() {
        return em.createQuery("select p from Person p where p.platformAdmin = true order by p.id", Person.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Person add(Person person) {
        try {
            em.persist(person);
            em.flush(); // the unique email constraint speaks now, not at commit where it could not be answered
            return person;
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                throw new DomainException("email", "identity.email.taken");
            }
            throw failure;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
