package academy.anxin.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Counts over given people's enrollments for reports, one indexed aggregate query each. */
public interface LearningTallies {

    /**
     * Per course, the enrollments of these people started in the period ({@code null} ends are open), how many of
     * them have completed at least half of their course version's lessons, and how many completed the course.
     */
    List<Funnel> funnel(Collection<Long> personIds, Instant from, Instant until);

    /** One course's funnel. Completed enrollments count as half-way too. */
    record Funnel(String courseCode, long enrolled, long halfWay, long completed) {
    }
}
