package academy.anxin.learning.domain;

import java.time.Instant;

/**
 * A volunteer completed every lesson of a course version. Fired for other contexts: exams require courses,
 * and credentials count them.
 */
public record CourseCompleted(long personId, String courseCode, int courseVersion, Serves serves, Instant at) {
}
