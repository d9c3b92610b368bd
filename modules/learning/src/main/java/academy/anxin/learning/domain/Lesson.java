package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One lesson of a course version: a reading, a scenario, a video or audio lesson (media, captions and transcript),
 * or a checkpoint quiz that must be passed. Its key is stable across versions of the course.
 */
@Entity
@Table(name = "lrn_lesson")
public class Lesson {

    /** In a media path, stands for the language code, e.g. {@code media/call.{lang}.mp3}. */
    public static final String LANGUAGE_PLACEHOLDER = "{lang}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "module_position", nullable = false)
    private int modulePosition;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "module_title_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "module_title_en"))})
    private LocalizedText moduleTitle;

    @Column(name = "lesson_key", nullable = false, length = 60)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private LessonKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "body_zh")
    private String bodyZh;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "easy_read_zh")
    private String easyReadZh;

    @Column(name = "easy_read_en")
    private String easyReadEn;

    @Column(name = "media", length = 500)
    private String media;

    @Column(name = "captions_zh")
    private String captionsZh;

    @Column(name = "captions_en")
    private String captionsEn;

    @Column(name = "pass_mark", precision = 4, scale = 3)
    private BigDecimal passMark;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected Lesson() {
        // for JPA
    }

    private Lesson(int modulePosition, LocalizedText moduleTitle, String key, LessonKind kind, LocalizedText title,
                   int minutes) {
        this.modulePosition = modulePosition;
        this.moduleTitle = moduleTitle;
        this.key = key;
        this.kind = kind;
        this.title = title;
        this.minutes = minutes;
    }

    /** A reading or a scenario: a Markdown body in each language. */
    public static Lesson text(int module, LocalizedText moduleTitle, String key, LessonKind kind, LocalizedText title,
                              int minutes, LocalizedText body) {
        Lesson lesson = new Lesson(module, moduleTitle, key, kind, title, minutes);
        lesson.bodyZh = body.zh();
        lesson.bodyEn = body.en();
        return lesson;
    }

    /** A video or audio lesson: the media (a course file or an https URL), WebVTT captions and the transcript. */
    public static Lesson media(int module, LocalizedText moduleTitle, String key, LessonKind kind, LocalizedText title,
                               int minutes, String media, LocalizedText captions, LocalizedText transcript) {
        Lesson lesson = text(module, moduleTitle, key, kind, title, minutes, transcript);
        lesson.media = media;
        lesson.captionsZh = captions.zh();
        lesson.captionsEn = captions.en();
        return lesson;
    }

    public static Lesson quiz(int module, LocalizedText moduleTitle, String key, LocalizedText title, int minutes,
                              BigDecimal passMark, List<QuizQuestion> questions) {
        Lesson lesson = new Lesson(module, moduleTitle, key, LessonKind.QUIZ, title, minutes);
        lesson.passMark = passMark;
        for (QuizQuestion question : questions) {
            question.placeIn(lesson, lesson.questions.size());
            lesson.questions.add(question);
        }
        return lesson;
    }

    /** Gives the lesson an easy-read summary (Markdown in each language), shown first to those who ask for it. */
    public Lesson withEasyRead(LocalizedText summary) {
        easyReadZh = summary.zh();
        easyReadEn = summary.en();
        return this;
    }

    /** The easy-read summary in {@code language}, or null when the lesson has none. */
    public String easyRead(Language language) {
        return language == Language.EN ? easyReadEn : easyReadZh;
    }

    void placeIn(Course owner, int at) {
        this.course = owner;
        this.position = at;
    }

    /** Grades a checkpoint quiz: one chosen option index per question, in order ({@code null} for no answer). */
    public QuizResult grade(List<Integer> chosen) {
        if (kind != LessonKind.QUIZ) {
            throw new IllegalStateException(key + " is not a quiz");
        }
        List<Boolean> correct = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer choice = i < chosen.size() ? chosen.get(i) : null;
            correct.add(choice != null && choice == questions.get(i).answer());
        }
        return new QuizResult(correct, passMark);
    }

    public String body(Language language) {
        return language == Language.EN ? bodyEn : bodyZh;
    }

    public String captions(Language language) {
        return language == Language.EN ? captionsEn : captionsZh;
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int position() {
        return position;
    }

    public int modulePosition() {
        return modulePosition;
    }

    public LocalizedText moduleTitle() {
        return moduleTitle;
    }

    public String key() {
        return key;
    }

    public LessonKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return title;
    }

    public int minutes() {
        return minutes;
    }

    public String media() {
        return media;
    }

    /** Media that came with the course (rather than an https URL), served by the platform. */
    public boolean hasLocalMedia() {
        return media != null && !media.startsWith("https://");
    }

    /** The media for one language: "{lang}" in the path stands for a recording per language. */
    public String media(Language language) {
        return media == null ? null : media.replace(LANGUAGE_PLACEHOLDER, language.name().toLowerCase(java.util.Locale.ROOT));
    }

    public BigDecimal passMark() {
        return passMark;
    }

    public List<QuizQuestion> questions() {
        return List.copyOf(questions);
    }
}
