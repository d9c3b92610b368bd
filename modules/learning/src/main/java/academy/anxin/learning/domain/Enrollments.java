package academy.anxin.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface Enrollments {

    Optional<Enrollment> of(long personId, long courseId);

    /** A person's enrollments, most recently active first. */
    List<Enrollment> of(long personId);

    /** Codes of the courses a person has completed, in any version (what prerequisites ask for). */
    Set<String> completedCourseCodes(long personId);

    Enrollment add(Enrollment enrollment);
}
