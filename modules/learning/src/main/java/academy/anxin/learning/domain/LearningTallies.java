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

    /**
     * The micro-lessons these people finished in the period, and how many of them were active learners in it: who
     * finished a lesson of a course or a micro-lesson.
     */
    MicroLessonUse microLessons(Collection<Long> personIds, Instant from, Instant until);

    /** Micro-lessons finished, and active learners. */
    record MicroLessonUse(long finished, long activeLearners) {

        public static final MicroLessonUse NONE = new MicroLessonUse(0, 0);
    }

    /** One course's funnel. Completed enrollments count as half-way too. */
    record Funnel(String courseCode, long enrolled, long halfWay, long completed) {
    }
}
