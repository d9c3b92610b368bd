package academy.anxin.practice.application;

import academy.anxin.practice.domain.PracticeTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Practice counts for reports (records' organization reports and regional dashboards): approved practice per
 * month and kind, the sign-off backlog, and supervisors' decisions, each one indexed aggregate query. No access
 * check here: the caller (records) decides who may see an organization's figures and passes the scope;
 * {@code supervisorId} null is the whole organization.
 */
@ApplicationScoped
public class PracticeFigures {

    @Inject
    PracticeTallies tallies;

    public List<PracticeTallies.Approved> approved(long organizationId, Long supervisorId, LocalDate from,
                                                   LocalDate to) {
        return tallies.approved(organizationId, supervisorId, from, to);
    }

    public List<Instant> waitingSince(long organizationId, Long supervisorId) {
        return tallies.waitingSince(organizationId, supervisorId);
    }

    public List<PracticeTallies.Decisions> decisions(long organizationId, Long supervisorId, Instant from,
                                                     Instant until) {
        return tallies.decisions(organizationId, supervisorId, from, until);
    }

    /** Whom a supervisor supervises in an organization: the volunteers who named them on a session there. */
    public List<Long> superviseesOf(long organizationId, long supervisorId) {
        return tallies.volunteersOf(organizationId, supervisorId);
    }
}
