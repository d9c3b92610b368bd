package academy.anxin.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.Drawing;
import academy.anxin.assessment.infrastructure.ExamBankReader.ExamBank;
import academy.anxin.kernel.domain.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real exam banks in {@code content/exams} are valid, large enough for their blueprints and as large as the
 * platform promises (40 items for L1, 30 each for L2 to L4, 15 per endorsement); and a broken item is named.
 */
class ExamBanksTest {

    private static final Path CONTENT = Path.of(System.getProperty("anxin.content.dir", "../../content"));

    @Test
    void everyBankIsValidLargeEnoughAndDrawsAnAttempt() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Path exam : ExamBankReader.exams(CONTENT)) {
            ExamBank bank = new ExamBankReader().read(CONTENT, exam);
            assertTrue(bank.isValid(), () -> exam + ":\n" + String.join("\n",
                    bank.problems().stream().map(p -> p.describe(Language.EN)).toList()));
            sizes.put(bank.blueprint().examCode(), bank.items().size());
            var attempt = Drawing.draw(bank.blueprint(), bank.items(), 2026);
            assertEquals(bank.blueprint().itemCount(), attempt.size(), exam.toString());
        }
        assertEquals(9, sizes.size(), sizes::toString);
        sizes.forEach((code, size) -> {
            int wanted = code.equals("EXAM-L1") ? 40 : code.matches("EXAM-L[234]") ? 30 : 15;
            assertTrue(size >= wanted, code + " has " + size + " items, wants " + wanted);
        });
    }

    @Test
    void aBrokenItemIsNamedByFileLineAndField(@TempDir Path root) throws IOException {
        Path exam = Files.createDirectories(root.resolve("exams/EXAM-T/items"));
        Files.writeString(exam.getParent().resolve("exam.yaml"), """
                code: EXAM-T
                version: 1
                serves: {tier: L1}
                title: {zh: "测试", en: "Test"}
                requiredCourses: []
                timeLimitMinutes: 10
                passMark: 0.5
                attemptLimit: 2
                cooldownHours: 1
                draw:
                  ethics: 1
                """);
        Files.writeString(exam.resolve("ethics.yaml"), """
                - id: T-1
                  version: 1
                  type: single
                  competencies: [ethics]
                  difficulty: 2
                  stem: {zh: "问题", en: "Question"}
                  options:
                    - {zh: "甲", en: "A"}
                    - {zh: "乙", en: "B"}
                  key: [2]
                  rationale: {zh: "解析", en: "Why"}
                """);
        ExamBank bank = new ExamBankReader().read(root, exam.getParent());
        var first = bank.problems().get(0);
        assertEquals("exams/EXAM-T/items/ethics.yaml", first.file());
        assertEquals(10, first.line());
        assertEquals("[0].key[0]", first.field());
        assertTrue(bank.problems().stream().anyMatch(p -> p.key().equals("content.exam.tooFewItems")));
    }

    @Test
    void anAgencysGiftBankBesideTheExamIsReadWithWhatItCannotTakeListed(@TempDir Path root) throws IOException {
        Path exam = Files.createDirectories(root.resolve("exams/EXAM-T/imports"));
        Files.writeString(exam.getParent().resolve("exam.yaml"), """
                code: EXAM-T
                version: 1
                serves: {endorsement: YOUTH}
                title: {zh: "测试", en: "Test"}
                requiredCourses: []
                timeLimitMinutes: 10
                passMark: 0.5
                attemptLimit: 2
                cooldownHours: 1
                draw:
                  ethics: 2
                """);
        Files.writeString(exam.resolve("agency.zh.gift"), """
                $CATEGORY: $course$/ethics

                ::保密::来电者的信息可以随意告诉朋友。{F}

                ::倾听::哪一项是开放式提问？{=你愿意多说一些吗？ ~你吃饭了吗？ ~你是学生吗？}

                ::反思::请写下你的一次接线反思。{}
                """);
        Files.writeString(exam.resolve("notes.txt"), "not a bank");
        ExamBank bank = new ExamBankReader().read(root, exam.getParent());
        assertEquals(2, bank.items().size(), bank.items()::toString);
        assertTrue(bank.items().stream().allMatch(i -> i.id().startsWith("AGENCY") && i.needsTranslation()));
        assertEquals(1, bank.unsupported().size(), bank.unsupported()::toString);
        assertTrue(bank.unsupported().get(0).name().startsWith("exams/EXAM-T/imports/agency.zh.gift"));
        assertEquals(1, bank.problems().size(), "a file that is not named as a bank is refused, not skipped");
        assertEquals("content.bank.fileName", bank.problems().get(0).key());
        assertEquals("ENDORSEMENT", bank.definition().servesKind());
    }
}
