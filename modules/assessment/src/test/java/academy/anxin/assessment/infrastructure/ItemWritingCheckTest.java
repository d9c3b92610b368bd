package academy.anxin.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.infrastructure.ExamBankReader.ExamBank;
import academy.anxin.kernel.domain.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each item-writing rule on a small bank that breaks it and on one that keeps it, read as the importer reads. */
class ItemWritingCheckTest {

    @TempDir
    Path root;

    @Test
    void aBankWhoseKeyIsUsuallyTheLongestOptionIsNamedWithItsItems() throws IOException {
        // 3 of 5 keys are the longest option (60%): refused, in both languages
        String biased = items(5, i -> i < 3 ? single(i, 1, "短", "较长的正确答案" + i, "中等长度" + i)
                : single(i, 0, "正确答案" + i, "错误答案甲" + i, "错误答案乙" + i));
        List<ContentProblem> problems = read("EXAM-A", biased, 5).problems();
        List<ContentProblem> longest = with(problems, "content.bank.keyLongest");
        assertEquals(2, longest.size(), problems::toString);
        assertEquals("exams/EXAM-A/exam.yaml", longest.get(0).file());
        assertEquals(List.of(3, 5, "zh-CN", "A-0, A-1, A-2"), longest.get(0).arguments());

        // 2 of 5 (40%) is not more than 40%
        String balanced = items(5, i -> i < 2 ? single(i, 1, "短" + i, "较长的正确答案" + i, "中等长度" + i)
                : single(i, 0, "正确" + i, "错误答案甲" + i, "错误答案乙" + i));
        assertEquals(List.of(), read("EXAM-B", balanced, 5).problems());
    }

    @Test
    void anOptionRepeatedInAnotherItemIsNamedAtItsLine() throws IOException {
        String repeated = items(2, i -> single(i, 0, "倾听" + i, "Call 120 now.", "说教" + i));
        List<ContentProblem> problems = read("EXAM-A", repeated, 2).problems();
        List<ContentProblem> found = with(problems, "content.item.optionRepeated");
        assertEquals(1, found.size(), problems::toString);
        assertEquals("exams/EXAM-A/items/bank.yaml", found.get(0).file());
        assertEquals(21, found.get(0).line(), "the second item's second option");
        assertEquals("options[1]", found.get(0).field());
        assertEquals("A-0", found.get(0).arguments().get(0));

        String distinct = items(2, i -> single(i, 0, "倾听" + i, "Call 120 now, item " + i, "说教" + i));
        assertEquals(List.of(), read("EXAM-B", distinct, 2).problems());
    }

    @Test
    void allOrNoneOfTheAboveIsRefusedInEitherLanguage() throws IOException {
        String chinese = items(1, i -> single(i, 0, "倾听", "劝说", "以上皆是"));
        assertEquals(1, with(read("EXAM-A", chinese, 1).problems(), "content.item.allOrNone").size());
        String english = items(1, i -> """
                - id: A-0
                  version: 1
                  type: multiple
                  competencies: [ethics]
                  difficulty: 2
                  stem: {zh: "题干", en: "Stem"}
                  options:
                    - {zh: "倾听", en: "Listen"}
                    - {zh: "上述选项", en: "None of the above"}
                  key: [0]
                  rationale: {zh: "解析", en: "Why"}
                """);
        List<ContentProblem> found = with(read("EXAM-B", english, 1).problems(), "content.item.allOrNone");
        assertEquals(1, found.size());
        assertEquals(9, found.get(0).line());
        String plain = items(1, i -> single(i, 0, "倾听", "劝说", "以上述理由安慰对方"));
        assertEquals(List.of(), read("EXAM-C", plain, 1).problems());
    }

    @Test
    void nearDuplicateStemsAreFoundWithinABankAndAcrossBanks() throws IOException {
        String same = "来电者说最近总是睡不着，担心自己会失去工作，热线咨询员首先应该怎么做";
        String twins = items(2, i -> single(i, 0, "甲" + i, "乙" + i, "丙" + i)
                .replace("题干" + i, i == 0 ? same + "？" : same + "呢？"));
        List<ContentProblem> within = with(read("EXAM-A", twins, 2).problems(), "content.item.nearDuplicate");
        assertEquals(1, within.size());
        assertEquals("A-0", within.get(0).arguments().get(0));
        assertEquals(18, within.get(0).line(), "the later item's stem");

        String other = items(1, i -> single(i, 0, "丁", "戊", "己").replace("题干" + i, same + "？")
                .replace("Stem " + i, "Stem X"))
                .replace("A-", "X-");
        String unrelated = items(1, i -> single(i, 0, "庚", "辛", "壬")
                .replace("题干" + i, "督导在一次个别督导中发现受督者连续三周情绪低落，合适的回应是什么？"));
        read("EXAM-X", other, 1);
        read("EXAM-A", unrelated, 1);
        List<ExamBank> all = new ExamBankReader().readAll(root);
        assertEquals(List.of(), all.get(0).problems());
        assertEquals(List.of(), all.get(1).problems());

        read("EXAM-A", items(1, i -> single(i, 0, "庚", "辛", "壬").replace("题干" + i, same + "呢？")), 1);
        all = new ExamBankReader().readAll(root);
        List<ContentProblem> across = with(all.get(1).problems(), "content.item.nearDuplicate");
        assertEquals(1, across.size(), all.toString());
        assertEquals("A-0", across.get(0).arguments().get(0));
        assertEquals(List.of(), all.get(0).problems(), "reported once, at the later bank");
    }

    @Test
    void theMeasureIsBigramJaccardChineseByCharacterEnglishByWord() {
        assertEquals(1.0, ItemWritingCheck.similarity("热线咨询员，先倾听。", "热线咨询员先倾听"));
        assertTrue(ItemWritingCheck.similarity("The caller is calm now.", "the caller is calm now") == 1.0);
        assertTrue(ItemWritingCheck.similarity("What should the volunteer say first?",
                "What should the supervisor write down last?") < 0.8);
        assertTrue(ItemWritingCheck.similarity("Why?", "How?") < 0.8, "one-word stems are compared as words");
    }

    private ExamBank read(String code, String bank, int draw) throws IOException {
        Path items = Files.createDirectories(root.resolve("exams/" + code + "/items"));
        Files.writeString(items.getParent().resolve("exam.yaml"), """
                code: %s
                version: 1
                serves: {tier: L1}
                title: {zh: "测试", en: "Test"}
                requiredCourses: []
                timeLimitMinutes: 10
                passMark: 0.5
                attemptLimit: 2
                cooldownHours: 1
                draw:
                  ethics: %d
                """.formatted(code, draw));
        Files.writeString(items.resolve("bank.yaml"), bank);
        return new ExamBankReader().read(root, items.getParent());
    }

    private static String items(int count, java.util.function.IntFunction<String> item) {
        return IntStream.range(0, count).mapToObj(item).collect(Collectors.joining());
    }

    /** An item of 12 lines; its options are on lines 8 to 10 of the item. */
    private static String single(int i, int key, String a, String b, String c) {
        return """
                - id: A-%d
                  version: 1
                  type: single
                  competencies: [ethics]
                  difficulty: 2
                  stem: {zh: "题干%d", en: "Stem %d"}
                  options:
                    - {zh: "%s", en: "%s %d"}
                    - {zh: "%s", en: "%s %d"}
                    - {zh: "%s", en: "%s %d"}
                  key: [%d]
                  rationale: {zh: "解析", en: "Why"}
                """.formatted(i, i, i, a, a, i, b, b, i, c, c, i, key);
    }

    private static List<ContentProblem> with(List<ContentProblem> problems, String key) {
        return problems.stream().filter(p -> p.key().equals(key)).toList();
    }
}
