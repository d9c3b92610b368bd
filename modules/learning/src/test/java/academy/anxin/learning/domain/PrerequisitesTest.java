package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.ContentProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

    private static final LocalizedText TEXT = new LocalizedText("文", "text");

    private static CourseDraft draft(String code, String... prerequisites) {
        Course course = new Course(code, 1, Serves.tier(Tier.L1), TEXT, TEXT, List.of(prerequisites), List.of(), 1);
        return new CourseDraft(course, "hash", "courses/" + code + "/course.yaml", Map.of());
    }

    @Test
    void prerequisitesMayBeInThisImportOrAlreadyImported() {
        assertTrue(Prerequisites.check(List.of(draft("B", "A"), draft("C", "B", "OLD")),
                Map.of("OLD", List.of(), "A", List.of())).isEmpty());
    }

    @Test
    void anUnknownPrerequisiteIsNamed() {
        List<ContentProblem> problems = Prerequisites.check(List.of(draft("B", "NOPE")), Map.of());
        assertEquals(1, problems.size());
        assertEquals("content.prerequisite.unknown", problems.get(0).key());
        assertEquals(List.of("NOPE"), problems.get(0).arguments());
        assertEquals("courses/B/course.yaml", problems.get(0).file());
    }

    @Test
    void aCircleIsShownWholeForEachCourseOnIt() {
        List<ContentProblem> problems = Prerequisites.check(List.of(draft("A", "C"), draft("B", "A"), draft("C", "B"),
                draft("D", "A")), Map.of());
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(List.of("A → C → B → A"), problems.get(0).arguments());
    }

    @Test
    void aCircleThroughAStoredCourseCounts() {
        List<ContentProblem> problems = Prerequisites.check(List.of(draft("A", "OLD")), Map.of("OLD", List.of("A")));
        assertEquals("content.prerequisite.cycle", problems.get(0).key());
    }
}
