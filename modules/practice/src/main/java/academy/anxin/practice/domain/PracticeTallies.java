package academy.anxin.practice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Counts over an organization's practice sessions for its reports, each one indexed aggregate query (never the
 * sessions themselves). {@code supervisorId} narrows every count to the sessions naming that supervisor; null is
 * the whole organization. Days are inclusive; a null day is open.
 */
public interface PracticeTallies {

    /** Approved minutes (reversals negative, so they net out) and sessions, per month and kind of session. */
    List<Approved> approved(long organizationId, Long supervisorId, LocalDate from, LocalDate to);

    /** When each session now waiting for sign-off was submitted, oldest first. */
    List<Instant> waitingSince(long organizationId, Long supervisorId);

    /**
     * Sign-off decisions made in the period, per supervisor who made them, by the session's standing decision: a
     * session returned and then submitted again counts as returned until it is decided again.
     */
    List<Decisions> decisions(long organizationId, Long supervisorId, Instant from, Instant until);

    /** The volunteers who have named this supervisor on a session in the organization. */
    List<Long> volunteersOf(long organizationId, long supervisorId);

    /** One month's approved practice of one kind. {@code sessions} counts a reversal as minus one. */
    record Approved(YearMonth month, Modality modality, Population population, RiskLevel risk, long sessions,
                    long minutes) {
    }

    /** One supervisor's decisions. */
    record Decisions(long supervisorId, long approved, long returned, long rejected) {

        public long total() {
            return approved + returned + rejected;
        }
    }
}
