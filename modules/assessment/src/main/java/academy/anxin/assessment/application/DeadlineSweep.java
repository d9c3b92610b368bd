package academy.anxin.assessment.application;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, grades the attempts whose deadline has passed with nobody there to see it (a closed browser, a
 * lost connection): each as it stands, in its own transaction, so that one failure stops no other. On a cluster
 * one node sweeps each minute ({@link ScheduledWork}).
 */
@Singleton
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

    @Inject
    ExamSitting sitting;

    @Inject
    DatabaseOutage outage;

    @Inject
    ScheduledWork scheduled;

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false)
    void sweep() {
        if (outage.ongoing() || !scheduled.mine("assessment.deadline-sweep", Duration.ofSeconds(54))) {
            return; // the next minute's sweep grades what is overdue by then; another node has this one
        }
        for (Long id : sitting.overdue(500)) {
            try {
                sitting.closeOverdue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not grade overdue attempt " + id, e);
            }
        }
    }
}
