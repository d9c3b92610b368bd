package academy.anxin.kernel.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether this node does a round of scheduled work that must be done once per cluster, not once per node (the
 * credentials' expiry, the exam deadline sweep, the audit checkpoint, the login-attempt sweep). Every node's timer
 * fires; each asks {@link #mine} first, and only the node that holds the work's lease (a row of {@code krn_lease})
 * goes on. A lease is taken when it is free (its time is up) or already this node's, for nine tenths of the work's
 * period: a timer that fires late on a busy node still finds the round taken, and a node that died leaves the next
 * round to another. The take is one UPDATE of one
 * row by its primary key, in a transaction of its own that commits before the work starts: no {@code GET_LOCK},
 * no table lock, so it holds on a Galera cluster too, where two nodes taking at once on different database nodes
 * end with one certification failure (error 1213), which here simply means "not mine". On one node the lease is
 * always its own. {@code rounds} counts the takes, which is how the cluster test sees work done once.
 */
@ApplicationScoped
public class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());

    /** This node, as the lease rows name it: the launcher's node name, the process and a random part. */
    static final String NODE = System.getenv().getOrDefault("ANXIN_NODE", "node") + "/"
            + ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    ScheduledWork self;

    @Inject
    DatabaseOutage outage;

    /** Whether this node does this round of {@code work}; false also when the database cannot say. */
    public boolean mine(String work, Duration lease) {
        if (outage.ongoing()) {
            return false;
        }
        try {
            return self.take(work, lease);
        } catch (RuntimeException e) {
            if (!outage.noteFailure(e)) {
                // a certification conflict on Galera, a lock wait: another node is taking it
                LOG.log(Level.FINE, "lease on " + work + " not taken", e);
            }
            return false;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String work, Duration lease) {
        em.createNativeQuery("INSERT IGNORE INTO krn_lease (name, holder, held_until, taken_at, rounds)"
                + " VALUES (?, '', '1970-01-01 00:00:01', '1970-01-01 00:00:01', 0)").setParameter(1, work)
                .executeUpdate();
        long millis = Math.max(1, lease.toMillis());
        return em.createNativeQuery("UPDATE krn_lease SET holder = ?, taken_at = NOW(3), rounds = rounds + 1,"
                + " held_until = NOW(3) + INTERVAL (? * 1000) MICROSECOND"
                + " WHERE name = ? AND (holder = ? OR held_until <= NOW(3))")
                .setParameter(1, NODE).setParameter(2, millis).setParameter(3, work).setParameter(4, NODE)
                .executeUpdate() == 1;
    }
}
