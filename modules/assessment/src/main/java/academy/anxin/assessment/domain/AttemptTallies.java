package academy.anxin.assessment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Counts over given people's submitted exam attempts for reports, one indexed aggregate query. */
public interface AttemptTallies {

    /**
     * Per exam and tenth of the score (0 for under 10 %, ..., 10 for all right), the attempts of these people
     * submitted in the period ({@code null} ends are open), and how many of them passed.
     */
    List<ScoreBand> bands(Collection<Long> personIds, Instant from, Instant until);

    /** Attempts of one exam whose score fell in one tenth. */
    record ScoreBand(String examCode, int tenth, long attempts, long passed) {
    }
}
