package academy.anxin.web.exams;

import academy.anxin.assessment.domain.CompletedCourses;
import academy.anxin.learning.application.Study;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Assessment's port onto learning: the courses a person has completed (any version). Wired here because the web
 * module is the one that sees both contexts.
 */
@ApplicationScoped
public class LearnedCourses implements CompletedCourses {

    @Inject
    Study study;

    @Override
    public Set<String> of(long personId) {
        return Set.copyOf(study.completedCourses(personId));
    }
}
