package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.ContentProblem;

import java.util.List;

/** Everything read from one content folder: the valid drafts, and every problem found (none means importable). */
public record ContentBundle(List<CourseDraft> courses, List<MicroLessonDraft> microLessons,
                            List<ContentProblem> problems) {

    public ContentBundle {
        courses = List.copyOf(courses);
        microLessons = List.copyOf(microLessons);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
