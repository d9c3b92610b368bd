package academy.anxin.web.exams;

import academy.anxin.assessment.domain.CompletedCourses;
import academy.anxin.identity.application.Caller;
import academy.anxin.learning.application.Study;
import academy.anxin.learning.application.StudyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

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
        return study.myLearning(new Caller(personId, null)).stream().filter(StudyRecord::completed)
                .map(StudyRecord::code).collect(Collectors.toSet());
    }
}
