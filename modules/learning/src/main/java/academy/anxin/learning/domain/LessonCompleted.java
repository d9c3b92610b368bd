package academy.anxin.learning.domain;

import java.time.Instant;

/** A volunteer completed a lesson (for the first time). Fired for other contexts, e.g. continuing education. */
public record LessonCompleted(long personId, String courseCode, int courseVersion, String lessonKey, Instant at) {
}
