package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a course: what it serves, its prerequisites, and its lessons in order, grouped in modules. A
 * version never changes once imported; a changed course arrives as a new version and the old one stops being
 * current, while enrollments in it (and completions) keep pointing at it.
 */
@Entity
@Table(name = "lrn_course")
public class Course extends VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;





    @Embedded
    private Serves serves;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "summary_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    private LocalizedText summary;

    // short lists read whole: one comma-separated column each
    @Column(name = "prerequisites", nullable = false)
    private String prerequisites;

    @Column(name = "topics", nullable = false)
    private String topics;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected Course() {
        // for JPA
    }

    /** A course version as read from its descriptor; lessons are added in order with {@link #add(Lesson)}. */
    public Course(String code, int version, Serves serves, LocalizedText title, LocalizedText summary,
                  List<String> prerequisites, List<String> topics, int estimatedMinutes) {
        super(code, version);
        this.serves = serves;
        this.title = title;
        this.summary = summary;
        this.prerequisites = CodeList.join(prerequisites);
        this.topics = CodeList.join(topics);
        this.estimatedMinutes = estimatedMinutes;
    }

    public void add(Lesson lesson) {
        lesson.placeIn(this, lessons.size());
        lessons.add(lesson);
    }



    public Optional<Lesson> lesson(String key) {
        return lessons.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The lesson after this one, if any. */
    public Optional<Lesson> after(String key) {
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).key().equals(key)) {
                return Optional.of(lessons.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Lesson> before(String key) {
        for (int i = 1; i < lessons.size(); i++) {
            if (lessons.get(i).key().equals(key)) {
                return Optional.of(lessons.get(i - 1));
            }
        }
        return Optional.empty();
    }

    public Long id() {
        return id;
    }





    public Serves serves() {
        return serves;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public List<String> prerequisites() {
        return CodeList.split(prerequisites);
    }

    public List<String> topics() {
        return CodeList.split(topics);
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }


    public List<Lesson> lessons() {
        return List.copyOf(lessons);
    }
}
