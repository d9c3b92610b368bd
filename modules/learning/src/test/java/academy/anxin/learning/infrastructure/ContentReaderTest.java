package academy.anxin.learning.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.domain.ContentBundle;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.learning.domain.LessonKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader on a small good course, then on that course broken in each way a content author can break it: every
 * problem names its file, line (where there is one) and field, and a broken course yields no draft at all.
 */
class ContentReaderTest {

    @TempDir
    Path root;

    private static final String DESCRIPTOR = """
            code: T-GOOD
            version: 1
            serves: {tier: L1}
            title: {zh: "测试课程", en: "Test course"}
            summary: {zh: "摘要", en: "Summary"}
            prerequisites: []
            estimatedMinutes: 10
            topics: [testing]
            modules:
              - title: {zh: "模块", en: "Module"}
                lessons:
                  - id: read-me
                    kind: reading
                    title: {zh: "阅读", en: "Reading"}
                    minutes: 3
                  - id: listen
                    kind: audio
                    title: {zh: "音频", en: "Audio"}
                    minutes: 3
                    media: media/listen.{lang}.mp3
                  - id: check
                    kind: quiz
                    title: {zh: "测验", en: "Check"}
                    minutes: 2
                    passMark: 0.5
                    questions:
                      - prompt: {zh: "问题？", en: "Question?"}
                        options:
                          - {zh: "甲", en: "A"}
                          - {zh: "乙", en: "B"}
                        answer: 1
                        explanation: {zh: "解析", en: "Why"}
            """;

    @BeforeEach
    void goodCourse() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR);
        write("courses/T-GOOD/lessons/read-me.zh.md", "## 标题\n\n正文。\n");
        write("courses/T-GOOD/lessons/read-me.en.md", "## Heading\n\nBody.\n");
        write("courses/T-GOOD/lessons/listen.zh.md", "文字稿。\n");
        write("courses/T-GOOD/lessons/listen.en.md", "Transcript.\n");
        write("courses/T-GOOD/captions/listen.zh.vtt", "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n文字稿。\n");
        write("courses/T-GOOD/captions/listen.en.vtt", "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nTranscript.\n");
        write("courses/T-GOOD/media/listen.zh.mp3", "ID3 not really audio");
        write("courses/T-GOOD/media/listen.en.mp3", "ID3 not really audio");
        write("micro-lessons/M-T1.yaml", """
                code: M-T1
                version: 1
                minutes: 1
                tags: [testing]
                title: {zh: "微课", en: "Micro"}
                body:
                  zh: |
                    一分钟。
                  en: |
                    One minute.
                """);
    }

    @Test
    void aGoodCourseBecomesADraftWithItsLessonsAndMedia() {
        ContentBundle bundle = read();
        assertTrue(bundle.isValid(), bundle.problems()::toString);
        var course = bundle.courses().get(0);
        assertEquals("T-GOOD", course.course().code());
        assertEquals(List.of(LessonKind.READING, LessonKind.AUDIO, LessonKind.QUIZ),
                course.course().lessons().stream().map(l -> l.kind()).toList());
        assertEquals(2, course.media().size(), "a recording per language");
        assertEquals("media/listen.en.mp3", course.course().lessons().get(1).media(Language.EN));
        assertEquals(1, bundle.microLessons().size());
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("topics: [testing]", "topics: [testing"));
        ContentProblem problem = only(read());
        assertEquals("courses/T-GOOD/course.yaml", problem.file());
        assertEquals("content.yaml.syntax", problem.key());
        assertTrue(problem.line() >= 8, "line " + problem.line());
    }

    @Test
    void aMissingFieldNamesTheField() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("summary: {zh: \"摘要\", en: \"Summary\"}\n", ""));
        ContentProblem problem = only(read());
        assertEquals("summary", problem.field());
        assertEquals("content.field.missing", problem.key());
    }

    @Test
    void aTextInOneLanguageOnlyIsRefused() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("title: {zh: \"阅读\", en: \"Reading\"}", "title: {zh: \"阅读\"}"));
        ContentProblem problem = only(read());
        assertEquals("modules[0].lessons[0].title.en", problem.field());
        assertEquals(14, problem.line());
    }

    @Test
    void anUnknownKindTierAndAWrongCodeAreEachReported() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("kind: reading", "kind: lecture")
                .replace("{tier: L1}", "{tier: L7}").replace("code: T-GOOD", "code: T-OTHER"));
        List<String> keys = read().problems().stream().map(ContentProblem::key).toList();
        assertTrue(keys.containsAll(List.of("content.lesson.kind", "content.serves.tier", "content.code.name")), keys::toString);
    }

    @Test
    void anEasyReadSummaryIsOptionalAndComesInBothLanguages() throws IOException {
        assertEquals(null, read().courses().get(0).course().lessons().get(0).easyRead(Language.ZH), "none by default");
        write("courses/T-GOOD/lessons/read-me.easy.zh.md", "这一课说：先听，再说。\n");
        write("courses/T-GOOD/lessons/read-me.easy.en.md", "This lesson says: listen first, then speak.\n");
        var lesson = read().courses().get(0).course().lessons().get(0);
        assertEquals("This lesson says: listen first, then speak.\n", lesson.easyRead(Language.EN));

        Files.delete(root.resolve("courses/T-GOOD/lessons/read-me.easy.en.md"));
        ContentProblem problem = only(read());
        assertEquals("courses/T-GOOD/lessons/read-me.easy.en.md", problem.file(), "one language alone is refused");
        assertEquals("content.file.missing", problem.key());

        write("courses/T-GOOD/lessons/read-me.easy.en.md", "# Too big a heading\n");
        assertEquals("courses/T-GOOD/lessons/read-me.easy.en.md", only(read()).file(), "the Markdown rules apply");
    }

    @Test
    void aMissingLessonFileIsNamed() throws IOException {
        Files.delete(root.resolve("courses/T-GOOD/lessons/read-me.en.md"));
        ContentProblem problem = only(read());
        assertEquals("courses/T-GOOD/lessons/read-me.en.md", problem.file());
        assertEquals("content.file.missing", problem.key());
    }

    @Test
    void markdownMustNotUseALevelOneHeadingOrAnImageWithoutAltText() throws IOException {
        write("courses/T-GOOD/lessons/read-me.zh.md", "正文。\n\n# 大标题\n");
        write("courses/T-GOOD/lessons/read-me.en.md", "Body.\n\n![](picture.png)\n");
        List<ContentProblem> problems = read().problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("content.markdown.h1", problems.get(0).key());
        assertEquals(3, problems.get(0).line());
        assertEquals("content.markdown.imageAlt", problems.get(1).key());
    }

    @Test
    void captionsMustBeWebVtt() throws IOException {
        write("courses/T-GOOD/captions/listen.zh.vtt", "1\n00:00:00,000 --> 00:00:01,000\nSRT, not VTT\n");
        assertEquals("content.vtt.invalid", only(read()).key());
    }

    @Test
    void mediaMustExistStayInTheFolderAndBeAKnownType() throws IOException {
        Files.delete(root.resolve("courses/T-GOOD/media/listen.en.mp3"));
        assertEquals("content.media.missing", only(read()).key());
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("media/listen.{lang}.mp3", "../../secret.mp3"));
        assertEquals("content.media.path", only(read()).key());
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("media/listen.{lang}.mp3", "media/listen.exe"));
        assertEquals("content.media.type", only(read()).key());
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("media/listen.{lang}.mp3", "https://media.example.cn/listen.{lang}.mp3"));
        assertTrue(read().isValid(), "an https URL needs no file");
    }

    @Test
    void aQuizAnswerMustBeOneOfTheOptions() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("answer: 1", "answer: 2"));
        ContentProblem problem = only(read());
        assertEquals("content.quiz.answer", problem.key());
        assertEquals("modules[0].lessons[2].questions[0].answer", problem.field());
        assertEquals(31, problem.line());
        assertEquals("answer 2 is not one of the 2 options (counted from 0)", problem.reason(Language.EN));
        assertTrue(problem.reason(Language.ZH).contains("答案 2"), problem.reason(Language.ZH));
    }

    @Test
    void duplicateLessonIdsAndMinutesBeyondTheEstimateAreRefused() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("id: listen", "id: read-me")
                .replace("estimatedMinutes: 10", "estimatedMinutes: 5"));
        List<String> keys = read().problems().stream().map(ContentProblem::key).toList();
        assertTrue(keys.contains("content.lesson.duplicate"), keys::toString);
    }

    @Test
    void theEstimateCannotBeBelowTheLessonsMinutes() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("estimatedMinutes: 10", "estimatedMinutes: 5"));
        ContentProblem problem = only(read());
        assertEquals("content.minutes.belowLessons", problem.key());
        assertEquals(List.of(5, 8), problem.arguments());
    }

    @Test
    void aLessonWhoseMinutesAreFarFromItsReadingTimeIsWarnedAboutButImported() throws IOException {
        ContentBundle bundle = read();
        assertTrue(bundle.isValid());
        ContentProblem warning = bundle.warnings().get(0);
        assertEquals(1, bundle.warnings().size(), bundle.warnings()::toString);
        assertEquals("courses/T-GOOD/course.yaml", warning.file());
        assertEquals("content.minutes.dishonest", warning.key());
        assertEquals(List.of("read-me", 3, 1), warning.arguments());
    }

    @Test
    void anExercisesTimedStepsMustAddUpToItsMinutesInBothLanguages() throws IOException {
        String exercise = """
                      - id: practise
                        kind: exercise
                        title: {zh: "练习", en: "Exercise"}
                        minutes: 16
                        exerciseMinutes: 15
                """;
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("estimatedMinutes: 10", "estimatedMinutes: 30")
                .replace("      - id: check\n", exercise + "      - id: check\n"));
        write("courses/T-GOOD/lessons/practise.zh.md", "## 目的\n\n练习。\n\n## 步骤\n\n1. 读案例（5 分钟）\n"
                + "2. 角色扮演（10 分钟）\n\n## 复盘\n\n想一想（3 分钟）不算在步骤里。\n");
        write("courses/T-GOOD/lessons/practise.en.md", "## Purpose\n\nPractice.\n\n## Steps\n\n1. Read (5 min)\n"
                + "2. Role-play (9 min)\n\n## Debrief\n\nThink.\n");
        ContentProblem problem = only(read());
        assertEquals("courses/T-GOOD/lessons/practise.en.md", problem.file());
        assertEquals("content.exercise.steps", problem.key());
        assertEquals(List.of(14, 15), problem.arguments());

        write("courses/T-GOOD/lessons/practise.en.md", "## Steps\n\n1. Read (5 min)\n2. Role-play (10 min)\n");
        ContentBundle fixed = read();
        assertTrue(fixed.isValid(), fixed.problems()::toString);
        assertTrue(fixed.warnings().stream().noneMatch(w -> w.arguments().get(0).equals("practise")),
                "16 minutes is honest for 15 minutes of steps and a minute of reading");
    }

    @Test
    void aMicroLessonIsAtMostThreeMinutes() throws IOException {
        write("micro-lessons/M-T1.yaml", Files.readString(root.resolve("micro-lessons/M-T1.yaml")).replace("minutes: 1", "minutes: 5"));
        ContentProblem problem = only(read());
        assertEquals("micro-lessons/M-T1.yaml", problem.file());
        assertEquals("content.field.range", problem.key());
        assertEquals(3, problem.line());
    }

    @Test
    void aFolderWithoutContentIsSaidToBeOne() throws IOException {
        Path empty = Files.createDirectories(root.resolve("elsewhere"));
        ContentBundle bundle = new ContentReader().read(empty);
        assertEquals("content.empty", only(bundle).key());
    }

    @Test
    void aBrokenCourseYieldsNoDraftWhileOthersStillRead() throws IOException {
        write("courses/T-GOOD/course.yaml", DESCRIPTOR.replace("answer: 1", "answer: 9"));
        ContentBundle bundle = read();
        assertTrue(bundle.courses().isEmpty());
        assertEquals(1, bundle.microLessons().size(), "the micro-lesson was fine");
        assertTrue(!bundle.isValid(), "and the bundle as a whole is refused");
    }

    private ContentBundle read() {
        return new ContentReader().read(root);
    }

    private static ContentProblem only(ContentBundle bundle) {
        assertEquals(1, bundle.problems().size(), bundle.problems()::toString);
        return bundle.problems().get(0);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
