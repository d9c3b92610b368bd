package academy.anxin.assessment.domain;

import java.util.Set;

/**
 * Port: which courses a person has completed. An exam's required courses come from learning, which this context
 * may not depend on, so the module that sees both implements it.
 */
public interface CompletedCourses {

    Set<String> of(long personId);
}
