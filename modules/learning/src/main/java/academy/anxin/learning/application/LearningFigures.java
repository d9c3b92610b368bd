package academy.anxin.learning.application;

import academy.anxin.learning.domain.LearningTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Learning counts for reports: the completion funnel per course of a group of people, and their micro-lessons. No access check here: the
 * caller (records) chooses whose figures to count.
 */
@ApplicationScoped
public class LearningFigures {

    @Inject
    LearningTallies tallies;

    public List<LearningTallies.Funnel> funnel(Collection<Long> personIds, Instant from, Instant until) {
        return tallies.funnel(personIds, from, until);
    }

    public LearningTallies.MicroLessonUse microLessons(Collection<Long> personIds, Instant from, Instant until) {
        return tallies.microLessons(personIds, from, until);
    }
}
