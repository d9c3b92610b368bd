package academy.anxin.learning.infrastructure;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.content.ContentFault;
import academy.anxin.kernel.content.ContentFiles;
import academy.anxin.kernel.content.ContentProblems;
import academy.anxin.kernel.content.YamlNode;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.learning.domain.ContentBundle;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.learning.domain.Course;
import academy.anxin.learning.domain.CourseDraft;
import academy.anxin.learning.domain.Lesson;
import academy.anxin.learning.domain.LessonKind;
import academy.anxin.learning.domain.LessonTime;
import academy.anxin.learning.domain.Markdown;
import academy.anxin.learning.domain.MicroLesson;
import academy.anxin.learning.domain.MicroLessonDraft;
import academy.anxin.learning.domain.QuizQuestion;
import academy.anxin.learning.domain.Serves;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a content folder (format in {@code content/README.md}) into course and micro-lesson drafts, checking
 * everything it can without the database and collecting every problem with its file, line and field. It writes
 * nothing; the import decides what to store. Exam banks under {@code exams/} are the assessment context's.
 */
public final class ContentReader {

    static final Pattern COURSE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    static final Pattern LESSON_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");
    static final int TITLE = 200;
    static final int SUMMARY = 2000;
    static final int QUESTION = 2000;
    static final int OPTION = 1000;
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "mp3", "audio/mpeg", "m4a", "audio/mp4", "ogg", "audio/ogg", "oga", "audio/ogg", "opus", "audio/ogg",
            "wav", "audio/wav", "mp4", "video/mp4", "webm", "video/webm");

    public ContentBundle read(Path root) {
        ContentFiles files = new ContentFiles(root);
        ContentProblems problems = new ContentProblems();
        List<ContentProblem> warnings = new ArrayList<>();
        Path coursesFolder = root.resolve("courses");
        Path microFolder = root.resolve("micro-lessons");
        if (!Files.isDirectory(coursesFolder) && !Files.isDirectory(microFolder)) {
            problems.add(new ContentProblem("", 0, null, "content.empty"));
        }
        List<CourseDraft> courses = new ArrayList<>();
        for (Path folder : files.children(coursesFolder)) {
            if (Files.isDirectory(folder)) {
                CourseDraft draft = new CourseReader(files, problems, warnings, folder).read();
                if (draft != null) {
                    courses.add(draft);
                }
            }
        }
        List<MicroLessonDraft> micro = new ArrayList<>();
        for (Path file : files.children(microFolder)) {
            if (file.getFileName().toString().endsWith(".yaml")) {
                MicroLessonDraft draft = readMicroLesson(files, problems, file);
                if (draft != null) {
                    micro.add(draft);
                }
            }
        }
        return new ContentBundle(courses, micro, problems.all(), warnings);
    }

    private static MicroLessonDraft readMicroLesson(ContentFiles files, ContentProblems problems, Path file) {
        int before = problems.count();
        YamlNode doc = problems.read(() -> files.yaml(file));
        if (doc == null) {
            return null;
        }
        String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String code = problems.read(() -> codeNamed(doc.required("code"), expected));
        Integer version = problems.read(() -> doc.required("version").integer(1, 100_000));
        Integer minutes = problems.read(() -> doc.required("minutes").integer(1, MicroLesson.LONGEST_MINUTES));
        List<String> tags = problems.read(() -> doc.required("tags").codes(TAG, "lower-case-tag"));
        Serves serves = problems.read(() -> doc.optional("serves").map(ContentReader::serves).orElse(null));
        LocalizedText title = problems.read(() -> doc.required("title").localized(TITLE));
        LocalizedText body = problems.read(() -> markdownPair(doc.required("body")));
        if (problems.count() > before) {
            return null;
        }
        MicroLesson lesson = new MicroLesson(code, version, minutes, tags, serves, title, body);
        return new MicroLessonDraft(lesson, files.fingerprint(file), files.name(file));
    }

    /** The inline {@code body: {zh: |, en: |}} of a micro-lesson, checked by the same Markdown rules. */
    private static LocalizedText markdownPair(YamlNode body) {
        LocalizedText text = body.localized(20_000);
        for (String markdown : List.of(text.zh(), text.en())) {
            for (Markdown.Breach breach : Markdown.breaches(markdown)) {
                throw body.fault(breach.key());
            }
        }
        return text;
    }

    static String codeNamed(YamlNode node, String expected) {
        String code = node.matching(COURSE_CODE, "A-Z, 0-9, -");
        if (!code.equals(expected)) {
            throw node.fault("content.code.name", code, expected);
        }
        return code;
    }

    static Serves serves(YamlNode node) {
        var tier = node.optional("tier");
        var endorsement = node.optional("endorsement");
        if (tier.isPresent() == endorsement.isPresent()) {
            throw node.fault("content.serves.one");
        }
        if (tier.isPresent()) {
            String code = tier.get().text(20);
            Tier parsed = Tier.parse(code);
            if (parsed == null) {
                throw tier.get().fault("content.serves.tier", code);
            }
            return Serves.tier(parsed);
        }
        String code = endorsement.get().text(20);
        Endorsement parsed = Endorsement.parse(code);
        if (parsed == null) {
            throw endorsement.get().fault("content.serves.endorsement", code);
        }
        return Serves.endorsement(parsed);
    }

    /** One course folder: the descriptor, then each lesson's files by kind. */
    private static final class CourseReader {
        private final ContentFiles files;
        private final ContentProblems problems;
        private final List<ContentProblem> warnings;
        private final Path folder;
        private final Map<String, CourseDraft.Media> media = new HashMap<>();

        CourseReader(ContentFiles files, ContentProblems problems, List<ContentProblem> warnings, Path folder) {
            this.files = files;
            this.problems = problems;
            this.warnings = warnings;
            this.folder = folder;
        }

        CourseDraft read() {
            int before = problems.count();
            Path descriptor = folder.resolve("course.yaml");
            YamlNode doc = problems.read(() -> files.yaml(descriptor));
            if (doc == null) {
                return null;
            }
            String expected = folder.getFileName().toString().replace("/", "");
            String code = problems.read(() -> codeNamed(doc.required("code"), expected));
            Integer version = problems.read(() -> doc.required("version").integer(1, 100_000));
            Serves serves = problems.read(() -> serves(doc.required("serves")));
            LocalizedText title = problems.read(() -> doc.required("title").localized(TITLE));
            LocalizedText summary = problems.read(() -> doc.required("summary").localized(SUMMARY));
            List<String> prerequisites = problems.read(() -> prerequisites(doc.required("prerequisites"), expected));
            YamlNode minutesNode = problems.read(() -> doc.required("estimatedMinutes"));
            Integer minutes = minutesNode == null ? null : problems.read(() -> minutesNode.integer(1, 10_000));
            List<String> topics = problems.read(() -> doc.required("topics").codes(TAG, "lower-case-tag"));
            List<Lesson> lessons = problems.read(() -> lessons(doc.required("modules")));
            if (lessons != null && minutes != null) {
                int sum = lessons.stream().mapToInt(Lesson::minutes).sum();
                if (minutes < sum) {
                    problems.add(new ContentProblem(files.name(descriptor), minutesNode.line(), "estimatedMinutes",
                            "content.minutes.belowLessons", minutes, sum));
                }
            }
            if (problems.count() > before) {
                return null;
            }
            Course course = new Course(code, version, serves, title, summary, prerequisites, topics, minutes);
            lessons.forEach(course::add);
            return new CourseDraft(course, files.fingerprint(folder), files.name(descriptor), media);
        }

        private List<String> prerequisites(YamlNode node, String self) {
            List<String> codes = node.codes(COURSE_CODE, "A-Z, 0-9, -");
            if (codes.contains(self)) {
                throw node.fault("content.prerequisite.self");
            }
            return codes;
        }

        private List<Lesson> lessons(YamlNode modules) {
            List<Lesson> lessons = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            int failedBefore = problems.count();
            List<YamlNode> moduleNodes = modules.list(false);
            for (int m = 0; m < moduleNodes.size(); m++) {
                YamlNode module = moduleNodes.get(m);
                int position = m;
                LocalizedText moduleTitle = problems.read(() -> module.required("title").localized(TITLE));
                List<YamlNode> lessonNodes = problems.read(() -> module.required("lessons").list(false));
                if (lessonNodes == null) {
                    continue;
                }
                for (YamlNode node : lessonNodes) {
                    Lesson lesson = problems.read(() -> lesson(node, position, moduleTitle, keys));
                    if (lesson != null) {
                        lessons.add(lesson);
                    }
                }
            }
            // the problems are already recorded one by one; an empty fault would only repeat them
            return problems.count() > failedBefore ? List.of() : lessons;
        }

        private Lesson lesson(YamlNode node, int module, LocalizedText moduleTitle, Set<String> keys) {
            YamlNode idNode = node.required("id");
            String key = idNode.matching(LESSON_ID, "a-z, 0-9, -");
            if (!keys.add(key)) {
                throw idNode.fault("content.lesson.duplicate", key);
            }
            YamlNode kindNode = node.required("kind");
            LessonKind kind = LessonKind.parse(kindNode.text(20));
            if (kind == null) {
                throw kindNode.fault("content.lesson.kind", kindNode.text(20));
            }
            LocalizedText title = node.required("title").localized(TITLE);
            YamlNode minutesNode = node.required("minutes");
            int minutes = minutesNode.integer(1, 240);
            int exerciseMinutes = kind == LessonKind.EXERCISE
                    ? node.required("exerciseMinutes").integer(1, LessonTime.LONGEST_EXERCISE) : 0;
            if (moduleTitle == null) {
                throw ContentFault.recorded();
            }
            Lesson lesson = switch (kind) {
                case READING, SCENARIO -> Lesson.text(module, moduleTitle, key, kind, title, minutes, body(node, key));
                case EXERCISE -> Lesson.text(module, moduleTitle, key, kind, title, minutes,
                        exercise(node, key, exerciseMinutes));
                case VIDEO, AUDIO -> Lesson.media(module, moduleTitle, key, kind, title, minutes,
                        media(node.required("media")), captions(node, key), body(node, key));
                case QUIZ -> quiz(node, module, moduleTitle, key, title, minutes);
            };
            LessonTime.expected(lesson, exerciseMinutes).ifPresent(expected -> {
                if (!LessonTime.honest(minutes, expected)) {
                    warnings.add(new ContentProblem(files.name(folder.resolve("course.yaml")), minutesNode.line(),
                            "minutes", "content.minutes.dishonest", key, minutes, expected));
                }
            });
            LocalizedText easyRead = easyRead(key);
            return easyRead == null ? lesson : lesson.withEasyRead(easyRead);
        }

        /** An exercise's bodies, whose timed steps must add up to its {@code exerciseMinutes} in each language. */
        private LocalizedText exercise(YamlNode node, String key, int exerciseMinutes) {
            LocalizedText body = body(node, key);
            for (Language language : Language.values()) {
                String file = files.name(folder.resolve("lessons/" + key + "." + language.name().toLowerCase(Locale.ROOT) + ".md"));
                OptionalInt steps = LessonTime.stepMinutes(body.in(language), language);
                if (steps.isEmpty()) {
                    problems.add(new ContentProblem(file, 0, null, "content.exercise.noSteps"));
                } else if (steps.getAsInt() != exerciseMinutes) {
                    problems.add(new ContentProblem(file, 0, null, "content.exercise.steps",
                            steps.getAsInt(), exerciseMinutes));
                }
            }
            return body;
        }

        /**
         * The optional easy-read summary, {@code lessons/<id>.easy.zh.md} and {@code .easy.en.md}: none, or both
         * (the missing one is named), under the same Markdown rules as a body.
         */
        private LocalizedText easyRead(String key) {
            Path zh = folder.resolve("lessons/" + key + ".easy.zh.md");
            Path en = folder.resolve("lessons/" + key + ".easy.en.md");
            if (!Files.isRegularFile(zh) && !Files.isRegularFile(en)) {
                return null;
            }
            String zhText = markdown(zh);
            String enText = markdown(en);
            if (zhText == null || enText == null) {
                throw ContentFault.recorded();
            }
            return new LocalizedText(zhText, enText);
        }

        private LocalizedText body(YamlNode node, String key) {
            String zh = markdown(folder.resolve("lessons/" + key + ".zh.md"));
            String en = markdown(folder.resolve("lessons/" + key + ".en.md"));
            if (zh == null || en == null) {
                throw ContentFault.recorded();
            }
            return new LocalizedText(zh, en);
        }

        /** A Markdown file; its own problems are recorded against it, and {@code null} returned. */
        private String markdown(Path file) {
            return problems.read(() -> {
                String text = files.text(file, "content.file.missing");
                if (text.isBlank()) {
                    throw new ContentFault(new ContentProblem(files.name(file), 0, null, "content.file.empty"));
                }
                for (Markdown.Breach breach : Markdown.breaches(text)) {
                    throw new ContentFault(new ContentProblem(files.name(file), breach.line(), null, breach.key()));
                }
                return text;
            });
        }

        private LocalizedText captions(YamlNode node, String key) {
            String zh = vtt(folder.resolve("captions/" + key + ".zh.vtt"));
            String en = vtt(folder.resolve("captions/" + key + ".en.vtt"));
            if (zh == null || en == null) {
                throw ContentFault.recorded();
            }
            return new LocalizedText(zh, en);
        }

        private String vtt(Path file) {
            return problems.read(() -> {
                String text = files.text(file, "content.file.missing");
                if (!text.startsWith("WEBVTT") || !text.contains("-->")) {
                    throw new ContentFault(new ContentProblem(files.name(file), 1, null, "content.vtt.invalid"));
                }
                return text;
            });
        }

        /**
         * The media of a video or audio lesson: an https URL, or a file in the course folder. "{lang}" in it stands
         * for zh and en, for a recording in each language (captions and transcript follow the language too).
         */
        private String media(YamlNode node) {
            String value = node.text(500);
            for (String language : List.of("zh", "en")) {
                String resolved = value.replace(Lesson.LANGUAGE_PLACEHOLDER, language);
                if (resolved.startsWith("https://")) {
                    try {
                        new URI(resolved).toURL();
                    } catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException bad) {
                        throw node.fault("content.media.url", value);
                    }
                    continue;
                }
                mediaFile(node, value, resolved);
            }
            return value;
        }

        private void mediaFile(YamlNode node, String value, String resolved) {
            if (resolved.startsWith("/") || resolved.contains("..") || resolved.contains("\\") || resolved.contains("://")) {
                throw node.fault("content.media.path", value);
            }
            String extension = resolved.substring(resolved.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = MEDIA_TYPES.get(extension);
            if (type == null) {
                throw node.fault("content.media.type", value, String.join(", ", MEDIA_TYPES.keySet().stream().sorted().toList()));
            }
            Path file = folder.resolve(resolved);
            if (!Files.isRegularFile(file)) {
                throw node.fault("content.media.missing", files.name(file));
            }
            media.put(resolved, new CourseDraft.Media(type, files.media(file)));
        }

        private Lesson quiz(YamlNode node, int module, LocalizedText moduleTitle, String key, LocalizedText title,
                            int minutes) {
            double passMark = node.required("passMark").fraction();
            List<QuizQuestion> questions = new ArrayList<>();
            for (YamlNode question : node.required("questions").list(false)) {
                QuizQuestion read = problems.read(() -> question(question));
                if (read != null) {
                    questions.add(read);
                }
            }
            return Lesson.quiz(module, moduleTitle, key, title, minutes, BigDecimal.valueOf(passMark), questions);
        }

        private QuizQuestion question(YamlNode node) {
            LocalizedText prompt = node.required("prompt").localized(QUESTION);
            List<YamlNode> optionNodes = node.required("options").list(false);
            if (optionNodes.size() < 2 || optionNodes.size() > 8) {
                throw node.required("options").fault("content.quiz.optionCount");
            }
            List<LocalizedText> options = new ArrayList<>();
            for (YamlNode option : optionNodes) {
                options.add(option.localized(OPTION));
            }
            YamlNode answerNode = node.required("answer");
            int answer = answerNode.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (answer < 0 || answer >= options.size()) {
                throw answerNode.fault("content.quiz.answer", answer, options.size());
            }
            LocalizedText explanation = node.required("explanation").localized(QUESTION);
            return new QuizQuestion(prompt, options, answer, explanation);
        }
    }
}
