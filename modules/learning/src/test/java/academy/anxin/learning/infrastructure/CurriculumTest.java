package academy.anxin.learning.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.content.TerminologyCheck;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.domain.ContentBundle;
import academy.anxin.learning.domain.CourseDraft;
import academy.anxin.learning.domain.LessonKind;
import academy.anxin.learning.domain.MicroLesson;
import academy.anxin.learning.domain.MicroLessonDraft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real curriculum in {@code content/} is importable and as complete as the platform promises. */
class CurriculumTest {

    private static ContentBundle curriculum;

    @BeforeAll
    static void read() {
        curriculum = new ContentReader().read(Path.of(System.getProperty("anxin.content.dir", "../../content")));
    }

    @Test
    void everyFileIsValid() {
        assertTrue(curriculum.isValid(), () -> String.join("\n",
                curriculum.problems().stream().map(p -> p.describe(Language.EN)).toList()));
    }

    @Test
    void everyTrackHasItsCourses() {
        Map<String, Long> perServes = curriculum.courses().stream()
                .collect(Collectors.groupingBy(d -> d.course().serves().code(), Collectors.counting()));
        assertTrue(perServes.getOrDefault("L1", 0L) >= 4, perServes::toString);
        for (String tier : new String[] {"L2", "L3", "L4"}) {
            assertTrue(perServes.getOrDefault(tier, 0L) >= 2, perServes::toString);
        }
        for (Endorsement endorsement : Endorsement.values()) {
            assertTrue(perServes.getOrDefault(endorsement.name(), 0L) >= 1, perServes::toString);
        }
        assertTrue(curriculum.microLessons().size() >= 40);
    }

    @Test
    void everyFileUsesTheGlossarysTerms() {
        Path folder = Path.of(System.getProperty("anxin.content.dir", "../../content"));
        TerminologyCheck check = TerminologyCheck.of(folder);
        assertTrue(check.glossary().size() >= 5, "content/README.md has its glossary");
        List<ContentProblem> problems = check.check(folder);
        assertTrue(problems.isEmpty(), () -> problems.size() + " terms to change:\n"
                + String.join("\n", problems.stream().map(p -> p.describe(Language.EN)).toList()));
    }

    /**
     * Issue 19's counts for micro-lessons: at least 80, of which at least 20 in the public series for community
     * residents (tag {@code community}), each a spoken script of 200-280 Chinese characters and 130-160 English
     * words, so that its one minute is honest read aloud.
     */
    @Test
    void thePublicSeriesIsSpokenScriptsOfAMinute() {
        assertTrue(curriculum.microLessons().size() >= 80, () -> curriculum.microLessons().size() + " micro-lessons");
        List<MicroLesson> community = curriculum.microLessons().stream().map(MicroLessonDraft::microLesson)
                .filter(m -> m.tags().contains("community")).toList();
        assertTrue(community.size() >= 20, () -> community.size() + " micro-lessons in the public series");
        for (MicroLesson lesson : community) {
            long characters = lesson.body(Language.ZH).codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            long words = Pattern.compile("[A-Za-z0-9']+").matcher(lesson.body(Language.EN)).results().count();
            assertTrue(characters >= 200 && characters <= 280, lesson.code() + ": " + characters + " characters");
            assertTrue(words >= 130 && words <= 160, lesson.code() + ": " + words + " words");
            assertEquals(1, lesson.minutes(), lesson.code());
        }
    }

    /**
     * Issue 19's counts for course time, over the lessons' own minutes (not the descriptors' estimates), which the
     * reader holds to each lesson's reading time and exercises ({@code LessonTime}): no warning is left.
     */
    @Test
    void everyTrackHasItsHoursAndEveryLessonHonestMinutes() {
        assertTrue(curriculum.warnings().isEmpty(), () -> curriculum.warnings().size() + " lessons to re-time:\n"
                + String.join("\n", curriculum.warnings().stream().map(p -> p.describe(Language.EN)).toList()));
        Map<String, Integer> minutes = curriculum.courses().stream().map(CourseDraft::course)
                .collect(Collectors.groupingBy(c -> c.serves().code(),
                        Collectors.summingInt(c -> c.lessons().stream().mapToInt(l -> l.minutes()).sum())));
        Map<String, Integer> least = new java.util.LinkedHashMap<>(Map.of("L1", 8 * 60, "L2", 10 * 60,
                "L3", 10 * 60, "L4", 8 * 60));
        for (Endorsement endorsement : Endorsement.values()) {
            least.put(endorsement.name(), 3 * 60);
        }
        least.forEach((track, floor) -> assertTrue(minutes.getOrDefault(track, 0) >= floor,
                () -> track + ": " + minutes.getOrDefault(track, 0) + " minutes of course, at least " + floor));
    }

    @Test
    void everyCourseEndsModulesWithSomethingToDo() {
        for (CourseDraft draft : curriculum.courses()) {
            assertTrue(draft.course().lessons().stream().anyMatch(l -> l.kind() == LessonKind.QUIZ),
                    draft.course().code() + " has a checkpoint quiz");
        }
    }

    @Test
    void readingTwiceGivesTheSameFingerprints() {
        ContentBundle again = new ContentReader().read(Path.of(System.getProperty("anxin.content.dir", "../../content")));
        for (int i = 0; i < again.courses().size(); i++) {
            assertEquals(curriculum.courses().get(i).hash(), again.courses().get(i).hash());
        }
    }
}
