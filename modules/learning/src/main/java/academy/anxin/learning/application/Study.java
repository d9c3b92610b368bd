package academy.anxin.learning.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.CourseOutline.LessonItem;
import academy.anxin.learning.application.CourseOutline.ModuleView;
import academy.anxin.learning.application.LessonView.QuestionView;
import academy.anxin.learning.domain.Course;
import academy.anxin.learning.domain.CourseCompleted;
import academy.anxin.learning.domain.Courses;
import academy.anxin.learning.domain.Enrollment;
import academy.anxin.learning.domain.Enrollments;
import academy.anxin.learning.domain.Lesson;
import academy.anxin.learning.domain.LessonCompleted;
import academy.anxin.learning.domain.LessonKind;
import academy.anxin.learning.domain.Markdown;
import academy.anxin.learning.domain.QuizQuestion;
import academy.anxin.learning.domain.QuizResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A volunteer's study: a course page, opening a lesson (which enrolls them, unless prerequisites are missing),
 * completing it, answering a checkpoint quiz, and "my learning". Someone part-way through an older version of a
 * course finishes that version; everyone else gets the current one.
 */
@ApplicationScoped
public class Study {

    @Inject
    Courses courses;

    @Inject
    Enrollments enrollments;

    @Inject
    Catalog catalog;

    @Inject
    Clock clock;

    @Inject
    Event<LessonCompleted> lessonCompleted;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Transactional
    public CourseOutline outline(String code, OptionalLong viewer) {
        Course course = courseFor(code, viewer);
        Map<String, Course> byCode = courses.current().stream()
                .collect(Collectors.toMap(Course::code, Function.identity()));
        CourseCard card = catalog.card(course, byCode, catalog.standingsOf(viewer));
        Enrollment enrollment = viewer.isPresent()
                ? enrollments.of(viewer.getAsLong(), course.id()).orElse(null) : null;
        Map<Integer, List<LessonItem>> items = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            items.computeIfAbsent(lesson.modulePosition(), m -> new ArrayList<>()).add(new LessonItem(lesson.key(),
                    lesson.kind().code(), lesson.title(), lesson.minutes(),
                    enrollment != null && enrollment.isComplete(lesson.key())));
        }
        List<ModuleView> views = new ArrayList<>();
        for (Lesson first : firstOfEachModule(course)) {
            views.add(new ModuleView(first.moduleTitle(), items.get(first.modulePosition())));
        }
        String resume = enrollment == null ? course.lessons().get(0).key() : enrollment.resumeAt().key();
        return new CourseOutline(card, views, resume, enrollment != null,
                enrollment == null ? 0 : enrollment.secondsSpent());
    }

    /** Opens a lesson: enrolls on first use (refused while prerequisites are missing) and remembers the place. */
    @Transactional
    public LessonView open(Caller caller, String code, String lessonKey) {
        Enrollment enrollment = enrollment(caller, code);
        Lesson lesson = lesson(enrollment.course(), lessonKey);
        enrollment.open(lesson.key(), clock.instant());
        return view(enrollment, lesson);
    }

    @Transactional
    public LessonView complete(Caller caller, String code, String lessonKey, Duration spent) {
        Enrollment enrollment = enrollment(caller, code);
        Lesson lesson = lesson(enrollment.course(), lessonKey);
        Instant now = clock.instant();
        announce(enrollment, lesson, enrollment.complete(lesson.key(), spent, now), now);
        return view(enrollment, lesson);
    }

    /** Grades a checkpoint quiz on the server; a pass completes the lesson. */
    @Transactional
    public QuizOutcome answer(Caller caller, String code, String lessonKey, List<Integer> chosen, Duration spent) {
        Enrollment enrollment = enrollment(caller, code);
        Lesson lesson = lesson(enrollment.course(), lessonKey);
        if (lesson.kind() != LessonKind.QUIZ) {
            throw new DomainException(null, "learning.lesson.unknown", lessonKey);
        }
        if (chosen.size() != lesson.questions().size() || chosen.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("answers", "learning.quiz.unanswered");
        }
        QuizResult result = lesson.grade(chosen);
        Instant now = clock.instant();
        Enrollment.Completion completion = enrollment.answer(lesson.key(), result, spent, now);
        announce(enrollment, lesson, completion, now);
        List<QuizOutcome.Feedback> feedback = new ArrayList<>();
        List<QuizQuestion> questions = lesson.questions();
        for (int i = 0; i < questions.size(); i++) {
            feedback.add(new QuizOutcome.Feedback(result.correct().get(i), questions.get(i).answer(),
                    questions.get(i).explanation()));
        }
        return new QuizOutcome(result.right(), questions.size(), result.passed(), feedback,
                completion.courseCompleted(), enrollment.course().after(lesson.key()).map(Lesson::key).orElse(null));
    }

    /** The codes of the courses a person has completed, for other contexts' prerequisites. */
    @Transactional
    public java.util.Set<String> completedCourses(long personId) {
        return enrollments.completedCourseCodes(personId);
    }

    /** A completion as evidence for another context: which course or lesson, and when. */
    public record Finished(String courseCode, String lessonKey, Instant at) {
    }

    /** A person's completed courses (lessonKey null) and completed lessons, with when; for credentials. */
    @Transactional
    public List<Finished> completionsOf(long personId) {
        List<Finished> done = new ArrayList<>();
        for (Enrollment enrollment : enrollments.of(personId)) {
            String course = enrollment.course().code();
            if (enrollment.isCompleted()) {
                done.add(new Finished(course, null, enrollment.completedAt()));
            }
            enrollment.completedProgress().forEach(p -> done.add(new Finished(course, p.lessonKey(), p.completedAt())));
        }
        return done;
    }

    @Transactional
    public List<StudyRecord> myLearning(Caller caller) {
        return enrollments.of(caller.personId()).stream().map(e -> new StudyRecord(e.course().code(),
                e.course().version(), e.course().title(), e.percent(), e.isCompleted(), e.completedAt(),
                e.lastActivityAt(), e.resumeAt().key(), e.secondsSpent(),
                courses.current(e.course().code()).map(Course::version).orElse(null))).toList();
    }

    /** A media file of a course version, for the player; only to someone enrolled in that version. */
    @Transactional
    public Optional<MediaFile> media(Caller caller, String code, int version, String path) {
        return courses.version(code, version)
                .filter(c -> enrollments.of(caller.personId(), c.id()).isPresent())
                .flatMap(c -> courses.media(c.id(), path))
                .map(stored -> new MediaFile(stored.contentType(), stored.bytes()));
    }

    /** Captions of a media lesson as WebVTT. */
    @Transactional
    public Optional<String> captions(Caller caller, String code, int version, String lessonKey, Language language) {
        return courses.version(code, version)
                .filter(c -> enrollments.of(caller.personId(), c.id()).isPresent())
                .flatMap(c -> c.lesson(lessonKey)).map(l -> l.captions(language));
    }

    private void announce(Enrollment enrollment, Lesson lesson, Enrollment.Completion completion, Instant at) {
        Course course = enrollment.course();
        if (completion.lessonCompleted()) {
            lessonCompleted.fire(new LessonCompleted(enrollment.personId(), course.code(), course.version(),
                    lesson.key(), at));
        }
        if (completion.courseCompleted()) {
            courseCompleted.fire(new CourseCompleted(enrollment.personId(), course.code(), course.version(),
                    course.serves(), at));
        }
    }

    private Enrollment enrollment(Caller caller, String code) {
        OptionalLong viewer = OptionalLong.of(caller.personId());
        Course course = courseFor(code, viewer);
        Optional<Enrollment> existing = enrollments.of(caller.personId(), course.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<String> missing = course.prerequisites().stream()
                .filter(p -> !enrollments.completedCourseCodes(caller.personId()).contains(p)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(null, "learning.course.locked", String.join(", ", missing));
        }
        return enrollments.add(Enrollment.start(caller.personId(), course, clock.instant()));
    }

    /** The version this person studies: an unfinished older one they started, else the current one. */
    private Course courseFor(String code, OptionalLong viewer) {
        if (viewer.isPresent()) {
            Optional<Enrollment> unfinished = enrollments.of(viewer.getAsLong()).stream()
                    .filter(e -> e.course().code().equals(code) && !e.isCompleted())
                    .max(Comparator.comparingInt(e -> e.course().version()));
            if (unfinished.isPresent()) {
                return unfinished.get().course();
            }
        }
        return courses.current(code).orElseThrow(() -> new DomainException(null, "learning.course.unknown", code));
    }

    private static Lesson lesson(Course course, String key) {
        return course.lesson(key).orElseThrow(() -> new DomainException(null, "learning.lesson.unknown", key));
    }

    private static String mediaUrl(Course course, Lesson lesson, Language language) {
        return lesson.hasLocalMedia()
                ? "/learning/media/" + course.code() + "/" + course.version() + "/" + lesson.media(language)
                : lesson.media(language);
    }

    private static List<Lesson> firstOfEachModule(Course course) {
        Map<Integer, Lesson> first = new LinkedHashMap<>();
        course.lessons().forEach(l -> first.putIfAbsent(l.modulePosition(), l));
        return List.copyOf(first.values());
    }

    private LessonView view(Enrollment enrollment, Lesson lesson) {
        Course course = enrollment.course();
        List<QuestionView> questions = lesson.questions().stream()
                .map(q -> new QuestionView(q.prompt(), q.options())).toList();
        LocalizedText html = lesson.kind().hasBody()
                ? new LocalizedText(Markdown.html(lesson.body(Language.ZH)), Markdown.html(lesson.body(Language.EN)))
                : null;
        LocalizedText easyRead = lesson.easyRead(Language.ZH) == null ? null
                : new LocalizedText(Markdown.html(lesson.easyRead(Language.ZH)), Markdown.html(lesson.easyRead(Language.EN)));
        LocalizedText mediaUrl = lesson.media() == null ? null
                : new LocalizedText(mediaUrl(course, lesson, Language.ZH), mediaUrl(course, lesson, Language.EN));
        var progress = enrollment.find(lesson.key());
        return new LessonView(course.code(), course.version(), course.title(), lesson.moduleTitle(), lesson.key(),
                lesson.kind().code(), lesson.title(), lesson.minutes(), html, easyRead, mediaUrl, lesson.captions(Language.ZH) != null,
                questions, lesson.passMark(), enrollment.isComplete(lesson.key()),
                progress.map(p -> p.bestScore()).orElse(null), lesson.position() + 1, course.lessons().size(),
                course.before(lesson.key()).map(Lesson::key).orElse(null),
                course.after(lesson.key()).map(Lesson::key).orElse(null), enrollment.percent());
    }
}
