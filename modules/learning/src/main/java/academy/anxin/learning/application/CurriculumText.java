package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/**
 * One searchable piece of the current curriculum as plain text: a course (title and summary), a lesson (title and
 * body or transcript, scenarios included) or a micro-lesson. {@code id} is stable across imports of the same
 * version ("course:L1-PFA", "lesson:L1-PFA/what-is-pfa", "micro:M-001").
 */
public record CurriculumText(String id, String type, String kind, String courseCode, String lessonKey,
                             String microCode, String serves, List<String> topics, LocalizedText title,
                             LocalizedText body, int minutes) {

    public CurriculumText {
        topics = List.copyOf(topics);
    }
}
