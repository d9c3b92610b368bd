package academy.anxin.practice.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.practice.domain.ObservedIn;
import academy.anxin.practice.domain.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's own rubrics read whole; a broken rubric refused with file, line and field of each problem. */
class RubricReaderTest {

    private static final Path CONTENT = Path.of(System.getProperty("anxin.content.dir", "../../content"));

    @Test
    void thePlatformsRubricsAreValidAndBilingual() {
        RubricReader.Result read = new RubricReader().read(CONTENT);
        assertTrue(read.isValid(), read.problems().toString());
        assertEquals(List.of("L2-CALL-ROLEPLAY", "L3-HIGH-RISK-CALL", "L4-SUPERVISION-SESSION"),
                read.rubrics().all().stream().map(Rubric::code).toList());
        Rubric l2 = read.rubrics().rubric("L2-CALL-ROLEPLAY").orElseThrow();
        assertEquals(List.of("opening-and-consent", "active-listening", "suicide-risk-screening", "safety-planning",
                "closing-and-referral", "self-care"), l2.criteria().stream().map(Rubric.Criterion::id).toList());
        assertTrue(l2.observableIn(ObservedIn.ROLE_PLAY) && l2.observableIn(ObservedIn.LIVE_CALL));
        assertTrue(read.rubrics().rubric("L4-SUPERVISION-SESSION").orElseThrow().observableIn(ObservedIn.SUPERVISION));
        for (Rubric rubric : read.rubrics().all()) {
            assertTrue(rubric.pass().minimumLevel() >= 2, rubric.code() + ": every criterion at least developing");
            for (Rubric.Criterion criterion : rubric.criteria()) {
                criterion.levels().forEach(l -> assertTrue(!l.zh().isBlank() && !l.en().isBlank()));
            }
        }
    }

    @Test
    void aBrokenRubricIsRefusedWholeWithFileLineAndField(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("rubrics"));
        Files.writeString(root.resolve("rubrics/L2-X.yaml"), String.join("\n",
                "code: L2-Y",
                "title: {zh: 测试, en: Test}",
                "observedIn: [ROLE_PLAY, PHONE_CALL]",
                "criteria:",
                "  - id: opening",
                "    title: {zh: 开场, en: Opening}",
                "    levels:",
                "      - {zh: 一, en: one}",
                "      - {zh: 二, en: two}",
                "      - {zh: 三, en: three}",
                "pass:",
                "  minimumLevel: 2",
                "  competentCount: 1",
                "  competentIn: [closing]",
                "  colour: blue",
                ""));
        RubricReader.Result read = new RubricReader().read(root);
        assertTrue(read.rubrics().all().isEmpty());
        List<String> problems = read.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.key())
                .toList();
        assertEquals(List.of("rubrics/L2-X.yaml:1 content.code.name", "rubrics/L2-X.yaml:3 content.rubric.observedIn",
                "rubrics/L2-X.yaml:8 content.rubric.levels", "rubrics/L2-X.yaml:15 content.field.unknown"), problems);
        ContentProblem levels = read.problems().get(2);
        assertEquals("criteria[0].levels", levels.field());
    }
}
