package academy.anxin.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.Drawing;
import academy.anxin.assessment.infrastructure.ExamBankReader.ExamBank;
import academy.anxin.kernel.domain.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real exam banks in {@code content/exams} are valid, free of item-writing faults ({@link ItemWritingCheck}) and
 * hold three times what their blueprints draw of each competency; and a broken item is named.
 */
class ExamBanksTest {

    private static final Path CONTENT = Path.of(System.getProperty("anxin.content.dir", "../../content"));

    @Test
    void everyBankIsValidWithoutItemWritingFaultsAndDrawsAnAttempt() {
        List<String> problems = new ArrayList<>();
        List<ExamBank> banks = new ExamBankReader().readAll(CONTENT);
        for (ExamBank bank : banks) {
            bank.problems().forEach(p -> problems.add(p.describe(Language.EN)));
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals(9, banks.size());
        for (ExamBank bank : banks) {
            var attempt = Drawing.draw(bank.blueprint(), bank.items(), 2026);
            assertEquals(bank.blueprint().itemCount(), attempt.size(), bank.blueprint().examCode());
        }
    }

    /** A scenario set counts as its number of items, as the bank holds them. */
    @Test
    void everyBankHoldsThreeTimesWhatItsBlueprintDrawsOfEachCompetency() {
        List<String> short_ = new ArrayList<>();
        for (ExamBank bank : new ExamBankReader().readAll(CONTENT)) {
            bank.blueprint().draw().forEach((competency, draw) -> {
                long held = bank.items().stream().filter(i -> i.competencies().get(0).equals(competency)).count();
                if (held < 3L * draw) {
                    short_.add(bank.blueprint().examCode() + " " + competency + ": " + held + " of " + 3 * draw);
                }
            });
        }
        assertEquals(List.of(), short_);
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
