package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/** A course page: the card, the syllabus by module with each lesson's state, and where to resume. */
public record CourseOutline(CourseCard card, List<ModuleView> modules, String resumeLessonKey, boolean enrolled,
                            long secondsSpent) {

    public CourseOutline {
        modules = List.copyOf(modules);
    }

    public record ModuleView(LocalizedText title, List<LessonItem> lessons) {
        public ModuleView {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonItem(String key, String kind, LocalizedText title, int minutes, boolean completed) {
    }
}
