package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One volunteer's place in one course version: the lesson they were last on (where they resume), and per lesson
 * the time spent and whether it is complete. A reading, scenario or media lesson is complete when the volunteer
 * says so; a checkpoint quiz only when passed. The course is complete when every lesson is, and stays so.
 */
@Entity
@Table(name = "lrn_enrollment")
public class Enrollment {

    /** Time counted for one visit to a lesson is capped, so a tab left open overnight does not count as study. */
    static final Duration LONGEST_VISIT = Duration.ofMinutes(90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_lesson_key", length = 60)
    private String lastLessonKey;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LessonProgress> progress = new ArrayList<>();

    protected Enrollment() {
        // for JPA
    }

    public static Enrollment start(long personId, Course course, Instant at) {
        Enrollment enrollment = new Enrollment();
        enrollment.personId = personId;
        enrollment.course = course;
        enrollment.startedAt = at;
        enrollment.lastActivityAt = at;
        return enrollment;
    }

    /** The volunteer opened a lesson: that is where they will resume. */
    public void open(String lessonKey, Instant at) {
        Lesson lesson = lessonOf(lessonKey);
        lastLessonKey = lesson.key();
        lastActivityAt = at;
    }

    /**
     * Completes a reading, scenario or media lesson (a quiz is completed by passing it). Time spent on this visit
     * is added either way. Returns what this changed, so the caller can announce it.
     */
    public Completion complete(String lessonKey, Duration spent, Instant at) {
        Lesson lesson = lessonOf(lessonKey);
        if (lesson.kind() == LessonKind.QUIZ) {
            throw new DomainException("learning.quiz.mustPass");
        }
        return markComplete(lesson, spent, at, null);
    }

    /** Records a try at a checkpoint quiz; a pass completes the lesson. */
    public Completion answer(String lessonKey, QuizResult result, Duration spent, Instant at) {
        Lesson lesson = lessonOf(lessonKey);
        if (!result.passed()) {
            LessonProgress entry = progressOf(lesson.key());
            entry.spend(cap(spent));
            entry.scored(result.score());
            lastActivityAt = at;
            return new Completion(false, false);
        }
        return markComplete(lesson, spent, at, result);
    }

    private Completion markComplete(Lesson lesson, Duration spent, Instant at, QuizResult result) {
        LessonProgress entry = progressOf(lesson.key());
        entry.spend(cap(spent));
        if (result != null) {
            entry.scored(result.score());
        }
        boolean lessonNew = entry.completeAt(at);
        lastLessonKey = lesson.key();
        lastActivityAt = at;
        boolean courseNew = false;
        if (completedAt == null && completedLessons() == course.lessons().size()) {
            completedAt = at;
            courseNew = true;
        }
        return new Completion(lessonNew, courseNew);
    }

    /**
     * Where to resume: the last lesson opened while it is unfinished, otherwise the next unfinished lesson after
     * it (or from the start), otherwise the last lesson opened.
     */
    public Lesson resumeAt() {
        List<Lesson> lessons = course.lessons();
        int from = 0;
        if (lastLessonKey != null) {
            Lesson last = lessonOf(lastLessonKey);
            if (!isComplete(last.key())) {
                return last;
            }
            from = lessons.indexOf(last) + 1;
        }
        for (int i = 0; i < lessons.size(); i++) {
            Lesson candidate = lessons.get((from + i) % lessons.size());
            if (!isComplete(candidate.key())) {
                return candidate;
            }
        }
        return lastLessonKey == null ? lessons.get(0) : lessonOf(lastLessonKey);
    }

    public boolean isComplete(String lessonKey) {
        return find(lessonKey).map(LessonProgress::isComplete).orElse(false);
    }

    public Optional<LessonProgress> find(String lessonKey) {
        return progress.stream().filter(p -> p.lessonKey().equals(lessonKey)).findFirst();
    }

    /** Every completed lesson of this enrollment, for other contexts' evidence. */
    public List<LessonProgress> completedProgress() {
        return progress.stream().filter(LessonProgress::isComplete).toList();
    }

    public int completedLessons() {
        return (int) progress.stream().filter(LessonProgress::isComplete).count();
    }

    /** Whole percent of lessons complete, for the progress bar. */
    public int percent() {
        int total = course.lessons().size();
        return total == 0 ? 0 : completedLessons() * 100 / total;
    }

    public long secondsSpent() {
        return progress.stream().mapToLong(LessonProgress::secondsSpent).sum();
    }

    private LessonProgress progressOf(String lessonKey) {
        return find(lessonKey).orElseGet(() -> {
            LessonProgress created = new LessonProgress(this, lessonKey);
            progress.add(created);
            return created;
        });
    }

    private Lesson lessonOf(String key) {
        return course.lesson(key).orElseThrow(() -> new DomainException(null, "learning.lesson.unknown", key));
    }

    private static Duration cap(Duration spent) {
        if (spent == null || spent.isNegative()) {
            return Duration.ZERO;
        }
        return spent.compareTo(LONGEST_VISIT) > 0 ? LONGEST_VISIT : spent;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Course course() {
        return course;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String lastLessonKey() {
        return lastLessonKey;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** What one completion changed: the lesson became complete just now, and so did the course. */
    public record Completion(boolean lessonCompleted, boolean courseCompleted) {
    }
}
