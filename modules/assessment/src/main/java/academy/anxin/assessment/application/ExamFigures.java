package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.AttemptTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Exam counts for reports: a group of people's submitted attempts per exam and tenth of the score. No access check
 * here: the caller (records) chooses whose figures to count.
 */
@ApplicationScoped
public class ExamFigures {

    @Inject
    AttemptTallies tallies;

    public List<AttemptTallies.ScoreBand> bands(Collection<Long> personIds, Instant from, Instant until) {
        return tallies.bands(personIds, from, until);
    }
}
