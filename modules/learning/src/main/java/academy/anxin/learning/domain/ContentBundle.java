package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.ContentProblem;

import java.util.List;

/**
 * Everything read from one content folder: the valid drafts, every problem found (none means importable), and the
 * warnings that do not stop an import (a lesson whose stated minutes are far from its estimate: {@link LessonTime}).
 */
public record ContentBundle(List<CourseDraft> courses, List<MicroLessonDraft> microLessons,
                            List<ContentProblem> problems, List<ContentProblem> warnings) {

    public ContentBundle {
        courses = List.copyOf(courses);
        microLessons = List.copyOf(microLessons);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
