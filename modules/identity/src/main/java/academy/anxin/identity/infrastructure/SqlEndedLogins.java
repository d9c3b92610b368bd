package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.EndedLogins;
import academy.anxin.kernel.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class SqlEndedLogins implements EndedLogins {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void end(String loginId, long personId, Instant at) {
        // a second logout of the same login (two tabs) changes nothing
        em.createNativeQuery("INSERT IGNORE INTO idn_ended_login (login_id, person_id, ended_at) VALUES (?, ?, ?)")
                .setParameter(1, loginId).setParameter(2, personId).setParameter(3, Sql.utc(at)).executeUpdate();
    }

    @Override
    public Set<String> ofPerson(long personId, Instant since) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT login_id FROM idn_ended_login WHERE person_id = ?"
                + " AND ended_at > ?").setParameter(1, personId).setParameter(2, Sql.utc(since)).getResultList();
        return Set.copyOf(ids);
    }

    @Override
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM idn_ended_login WHERE ended_at < ?")
                .setParameter(1, Sql.utc(before)).executeUpdate();
    }
}
