package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.CourseCard.CourseRef;
import academy.anxin.learning.application.CourseCard.Standing;
import academy.anxin.learning.domain.Course;
import academy.anxin.learning.domain.Courses;
import academy.anxin.learning.domain.Enrollment;
import academy.anxin.learning.domain.Enrollments;
import academy.anxin.learning.domain.Markdown;
import academy.anxin.learning.domain.MicroLesson;
import academy.anxin.learning.domain.MicroLessons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What there is to learn: the current courses with filters, and micro-lessons. Public; when a person is given
 * ({@code viewer}), each course also says where they stand and why a locked course is locked.
 */
@ApplicationScoped
public class Catalog {

    @Inject
    Courses courses;

    @Inject
    MicroLessons microLessons;

    @Inject
    Enrollments enrollments;

    @Transactional
    public List<CourseCard> courses(CatalogFilter filter, OptionalLong viewer) {
        List<Course> current = courses.current();
        Map<String, Course> byCode = current.stream().collect(Collectors.toMap(Course::code, Function.identity()));
        Standings standings = standingsOf(viewer);
        return current.stream()
                .filter(c -> filter.accepts(c.serves().code(), c.topics(), c.estimatedMinutes()))
                .map(c -> card(c, byCode, standings))
                .toList();
    }

    /** Each current course's title by its code, without its lessons: for reports that name courses. */
    @Transactional
    public Map<String, LocalizedText> titles() {
        return courses.current().stream().collect(Collectors.toMap(Course::code, Course::title, (a, b) -> a));
    }

    /** The topic tags in use, for the filter. */
    @Transactional
    public Set<String> topics() {
        return courses.current().stream().flatMap(c -> c.topics().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional
    public List<MicroLessonView> microLessons() {
        return microLessons.current().stream().map(Catalog::view).toList();
    }

    @Transactional
    public Optional<MicroLessonView> microLesson(String code) {
        return microLessons.current(code).map(Catalog::view);
    }

    /** Today's micro-lesson: the same for everyone on a given day, going through all of them in turn. */
    @Transactional
    public Optional<MicroLessonView> microLessonOf(LocalDate day) {
        List<MicroLesson> all = microLessons.current();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(all.get((int) Math.floorMod(day.toEpochDay(), (long) all.size()))));
    }

    /** The whole current curriculum as plain text, for the search index. */
    @Transactional
    public List<CurriculumText> texts() {
        List<CurriculumText> texts = new java.util.ArrayList<>();
        for (Course course : courses.current()) {
            String serves = course.serves().code();
            texts.add(new CurriculumText("course:" + course.code(), "course", "course", course.code(), null, null,
                    serves, course.topics(), course.title(), course.summary(), course.estimatedMinutes()));
            for (academy.anxin.learning.domain.Lesson lesson : course.lessons()) {
                texts.add(new CurriculumText("lesson:" + course.code() + "/" + lesson.key(), "lesson",
                        lesson.kind().code(), course.code(), lesson.key(), null, serves, course.topics(),
                        lesson.title(), lessonText(lesson), lesson.minutes()));
            }
        }
        for (MicroLesson micro : microLessons.current()) {
            texts.add(new CurriculumText("micro:" + micro.code(), "micro", "micro", null, null, micro.code(),
                    micro.serves() == null ? null : micro.serves().code(), micro.tags(), micro.title(),
                    new LocalizedText(Markdown.text(micro.body(academy.anxin.kernel.domain.Language.ZH)),
                            Markdown.text(micro.body(academy.anxin.kernel.domain.Language.EN))), micro.minutes()));
        }
        return texts;
    }

    /** A lesson's words: its body or transcript, or for a checkpoint quiz its questions and explanations. */
    private static LocalizedText lessonText(academy.anxin.learning.domain.Lesson lesson) {
        if (lesson.kind().hasBody()) {
            return new LocalizedText(Markdown.text(lesson.body(academy.anxin.kernel.domain.Language.ZH)),
                    Markdown.text(lesson.body(academy.anxin.kernel.domain.Language.EN)));
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (academy.anxin.learning.domain.QuizQuestion question : lesson.questions()) {
            zh.append(question.prompt().zh()).append('\n').append(question.explanation().zh()).append('\n');
            en.append(question.prompt().en()).append('\n').append(question.explanation().en()).append('\n');
        }
        return new LocalizedText(zh.toString(), en.toString());
    }

    CourseCard card(Course course, Map<String, Course> byCode, Standings standings) {
        List<CourseRef> prerequisites = course.prerequisites().stream().map(code -> ref(code, byCode)).toList();
        List<CourseRef> missing = standings.known
                ? prerequisites.stream().filter(p -> !standings.completedCodes.contains(p.code())).toList()
                : List.of();
        Enrollment here = standings.enrollmentIn(course);
        Standing standing = here == null ? Standing.NOT_STARTED
                : here.isCompleted() ? Standing.COMPLETED : Standing.IN_PROGRESS;
        Integer completedVersion = standings.completedVersionOf(course.code());
        if (here == null && completedVersion != null) {
            standing = Standing.COMPLETED; // an older version, finished: the card says a newer one exists
        }
        return new CourseCard(course.code(), course.version(), course.title(), course.summary(), course.serves().kind(),
                course.serves().code(), course.lessons().size(), course.estimatedMinutes(), course.topics(),
                prerequisites, missing, standing, here == null ? 0 : here.percent(), completedVersion);
    }

    private static CourseRef ref(String code, Map<String, Course> byCode) {
        Course course = byCode.get(code);
        return new CourseRef(code, course == null ? new LocalizedText(code, code) : course.title());
    }

    Standings standingsOf(OptionalLong viewer) {
        if (viewer.isEmpty()) {
            return new Standings(false, Set.of(), List.of());
        }
        long person = viewer.getAsLong();
        return new Standings(true, enrollments.completedCourseCodes(person), enrollments.of(person));
    }

    static MicroLessonView view(MicroLesson lesson) {
        return new MicroLessonView(lesson.code(), lesson.version(), lesson.title(), lesson.minutes(), lesson.tags(),
                lesson.serves() == null ? null : lesson.serves().code(),
                new LocalizedText(Markdown.html(lesson.body(academy.anxin.kernel.domain.Language.ZH)),
                        Markdown.html(lesson.body(academy.anxin.kernel.domain.Language.EN))));
    }

    /** A person's completions and enrollments, read once for a whole catalog page. */
    record Standings(boolean known, Set<String> completedCodes, List<Enrollment> enrollments) {

        Enrollment enrollmentIn(Course course) {
            return enrollments.stream().filter(e -> e.course().id().equals(course.id())).findFirst().orElse(null);
        }

        Integer completedVersionOf(String code) {
            return enrollments.stream().filter(e -> e.course().code().equals(code) && e.isCompleted())
                    .map(e -> e.course().version()).max(Comparator.naturalOrder()).orElse(null);
        }
    }
}
