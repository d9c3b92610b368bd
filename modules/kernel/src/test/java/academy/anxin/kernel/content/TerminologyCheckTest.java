package academy.anxin.kernel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminologyCheckTest {

    private static final String README = """
            # Content

            Some `back-quoted` words outside the section are not terms.

            ## Terminology (术语表)

            | Concept | Use (zh) | Use (en) | Avoid (zh) | Avoid (en) |
            |---|---|---|---|---|
            | The person helped | 当事人 | the person you help | `受助者`, `来访者` | `client` |
            | Dementia | 认知症 | dementia | `痴呆` | `demented` |
            | Suicide | 自杀死亡 | died by suicide | `自杀成功` | `committed suicide` |

            ## Importing

            | not | a | glossary | `table` | `row` |
            """;

    @TempDir
    Path folder;

    @Test
    void readsTheRowsOfTheTerminologySectionOnly() {
        TerminologyCheck check = TerminologyCheck.fromReadme(README);
        assertEquals(3, check.glossary().size());
        assertEquals(List.of("受助者", "来访者", "client"), check.glossary().get(0).avoid());
        assertEquals("The person helped", check.glossary().get(0).concept());
    }

    @Test
    void reportsMarkdownUsesWithFileAndLine() throws IOException {
        write("README.md", README);
        write("courses/C/lessons/a.zh.md", "## 标题\n\n一位受助者说……\n\n家里有位痴呆老人。\n");
        write("courses/C/lessons/a.en.md", "## Title\n\nThe CLIENT said... His mother is Demented.\n");
        List<ContentProblem> problems = TerminologyCheck.of(folder).check(folder);
        List<String> described = problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.arguments().get(0))
                .toList();
        assertEquals(List.of("courses/C/lessons/a.en.md:3 client", "courses/C/lessons/a.en.md:3 demented",
                "courses/C/lessons/a.zh.md:3 受助者", "courses/C/lessons/a.zh.md:5 痴呆"), described);
        assertTrue(problems.get(3).describe(Language.EN).contains("use 认知症 / dementia"),
                problems.get(3).describe(Language.EN));
        assertTrue(problems.get(3).describe(Language.ZH).contains("请用"), problems.get(3).describe(Language.ZH));
    }

    @Test
    void quotedFormsAreMentionsNotUses() throws IOException {
        write("README.md", README);
        write("courses/C/lessons/b.zh.md", "不说“痴呆”，说“认知症”。\n");
        write("courses/C/lessons/b.en.md", "Avoid \"committed suicide\" and 'demented'; don't say it.\n");
        assertEquals(List.of(), TerminologyCheck.of(folder).check(folder));
    }

    @Test
    void anApostropheOrAnEarlierQuotationDoesNotHideAUse() {
        TerminologyCheck check = TerminologyCheck.fromReadme(README);
        assertEquals(1, check.checkText("x.md", 1, "Don't call her demented.").size());
        assertEquals(1, check.checkText("x.md", 1, "Say 'died by suicide', not committed suicide.").size());
        assertEquals(1, check.checkText("x.md", 1, "她说“好累”。后来受助者又说……").size());
    }

    @Test
    void englishFormsMatchWholeWordsOnly() {
        TerminologyCheck check = TerminologyCheck.fromReadme(README);
        assertTrue(check.checkText("x.md", 1, "Clientele and clients' rights").isEmpty());
        assertFalse(check.checkText("x.md", 1, "a client of the service").isEmpty());
    }

    @Test
    void yamlValuesAreCheckedWithTheirLinesAndYamlQuotesAreNotQuotations() throws IOException {
        write("README.md", README);
        write("exams/E/items/a.yaml", """
                - id: X-1
                  stem: {zh: "一位受助者说", en: "A person says"}
                  options:
                    - {zh: "“自杀成功”", en: "'committed suicide'"}
                    - {zh: "自杀成功", en: "the one who committed suicide"}
                  rationale:
                    zh: |
                      第一行没有问题。
                      第二行有来访者。
                """);
        List<String> found = TerminologyCheck.of(folder).check(folder).stream()
                .map(p -> p.line() + " " + p.arguments().get(0)).toList();
        assertEquals(List.of("2 受助者", "5 自杀成功", "5 committed suicide", "9 来访者"), found);
    }

    @Test
    void readmeFilesAndAFolderWithoutGlossaryAreNotChecked() throws IOException {
        write("README.md", README);
        write("credentials/README.md", "痴呆\n");
        assertEquals(List.of(), TerminologyCheck.of(folder).check(folder));
        Files.delete(folder.resolve("README.md"));
        write("courses/C/lessons/c.zh.md", "痴呆\n");
        assertEquals(List.of(), TerminologyCheck.of(folder).check(folder));
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
