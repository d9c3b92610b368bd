package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sitting of an exam. The draw (item versions and option orders) is frozen at the start, the deadline is the
 * server's, and the attempt is graded once: by the volunteer's submit, or as it stands when the deadline passes.
 *
 * <p>Breaks: a volunteer whose registered needs ask for them (fatigue, pain, medication, a condition that needs
 * rest) may stop the clock up to {@link #MAX_BREAKS} times, each for at most {@link #MAX_BREAK}. While the attempt
 * is paused no answer is taken and the questions are not shown; when it resumes, the deadline moves on by the
 * pause's length. A break not ended by the volunteer ends by itself at its limit: from then on the clock runs again
 * (the effective deadline is the deadline plus the limit), so an attempt is never held open without end and the
 * sweep grades it as it would any other. Three breaks of ten minutes keep the longest sitting (a 60-minute exam
 * with extended time: 90 minutes) within two hours, about what a person can sit through in one go, while giving a
 * rest every half hour or so.
 */
@Entity
@Table(name = "asm_attempt")
public class Attempt {

    public enum Status { OPEN, SUBMITTED }

    /** Who closed the attempt: the volunteer, or the deadline. */
    public enum Closer { VOLUNTEER, DEADLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "exam_code")
    private String examCode;
    @Column(name = "exam_version")
    private int examVersion;
    @Column(name = "person_id")
    private long personId;
    @Column(name = "open_exam")
    private String openExam;
    @Enumerated(EnumType.STRING)
    private Status status;
    private long seed;
    @Column(name = "extended_time")
    private boolean extendedTime;
    @Column(name = "pass_mark")
    private BigDecimal passMark;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by")
    private Closer submittedBy;
    @Column(name = "score_right")
    private Integer scoreRight;
    @Column(name = "score_total")
    private int scoreTotal;
    private Boolean passed;
    private String breakdown;
    @Column(name = "breaks_allowed")
    private boolean breaksAllowed;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "breaks_taken")
    private int breaksTaken;
    @Column(name = "paused_seconds")
    private long pausedSeconds;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "asm_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<AttemptItem> items = new ArrayList<>();

    protected Attempt() {
    }

    /** How many breaks one attempt may have. */
    public static final int MAX_BREAKS = 3;

    /** How long one break may stop the clock. */
    public static final Duration MAX_BREAK = Duration.ofMinutes(10);

    /** Starts an attempt without breaks. */
    public Attempt(Exam exam, long personId, long seed, boolean extendedTime, List<AttemptItem> items, Instant now) {
        this(exam, personId, seed, extendedTime, false, items, now);
    }

    /**
     * Starts an attempt on a draw made from {@code seed}; {@code extendedTime} gives half as long again,
     * {@code breaksAllowed} lets the volunteer pause the clock (both from their registered needs, frozen here).
     */
    public Attempt(Exam exam, long personId, long seed, boolean extendedTime, boolean breaksAllowed,
            List<AttemptItem> items, Instant now) {
        Blueprint blueprint = exam.blueprint();
        this.examCode = exam.code();
        this.examVersion = exam.version();
        this.personId = personId;
        this.openExam = exam.code();
        this.status = Status.OPEN;
        this.seed = seed;
        this.extendedTime = extendedTime;
        this.breaksAllowed = breaksAllowed;
        this.passMark = BigDecimal.valueOf(blueprint.passMark());
        this.startedAt = now;
        this.deadline = now.plus(blueprint.timeLimit(extendedTime));
        this.scoreTotal = items.size();
        this.items = new ArrayList<>(items);
    }

    /** Open, not paused and within its deadline: answers are taken. */
    public boolean accepts(Instant now) {
        return status == Status.OPEN && pausedAt == null && now.isBefore(deadline);
    }

    /** Open but past its (effective) deadline: it must be submitted as it stands. */
    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && !now.isBefore(effectiveDeadline(now));
    }

    /**
     * The deadline as it stands at {@code now}: during a break it moves on with the clock, up to the break's
     * limit; after the limit the clock runs again.
     */
    public Instant effectiveDeadline(Instant now) {
        return pausedAt == null ? deadline : deadline.plus(pauseLength(now));
    }

    /** Whether the clock is stopped at {@code now}: paused, and the break not past its limit. */
    public boolean isPaused(Instant now) {
        return status == Status.OPEN && pausedAt != null && now.isBefore(pausedAt.plus(MAX_BREAK));
    }

    /** Whether a break was started and not yet ended by a resume (it may have run out: see {@link #isPaused}). */
    public boolean hasPauseToEnd() {
        return pausedAt != null;
    }

    /**
     * Stops the clock: refused when this attempt has no breaks, is paused already, has had all its breaks, or is
     * closed or past its deadline. Returns the break's number (1 for the first).
     */
    public int pause(Instant now) {
        if (!breaksAllowed) {
            throw new DomainException(null, "assessment.break.notAllowed");
        }
        if (status != Status.OPEN || !now.isBefore(effectiveDeadline(now))) {
            throw new DomainException(null, "assessment.attempt.closed");
        }
        if (pausedAt != null) {
            throw new DomainException(null, "assessment.break.already");
        }
        if (breaksTaken >= MAX_BREAKS) {
            throw new DomainException(null, "assessment.break.noneLeft", MAX_BREAKS);
        }
        pausedAt = now;
        breaksTaken++;
        return breaksTaken;
    }

    /**
     * Starts the clock again and moves the deadline on by the pause's length (at most {@link #MAX_BREAK}); returns
     * that length. Refused when the attempt is not paused.
     */
    public Duration resume(Instant now) {
        if (pausedAt == null || status != Status.OPEN) {
            throw new DomainException(null, "assessment.break.notPaused");
        }
        Duration length = pauseLength(now);
        deadline = deadline.plus(length);
        pausedSeconds += length.toSeconds();
        pausedAt = null;
        return length;
    }

    private Duration pauseLength(Instant now) {
        Duration length = now.isAfter(pausedAt) ? Duration.between(pausedAt, now) : Duration.ZERO;
        // whole seconds, so that the deadline and the total paused agree
        length = Duration.ofSeconds(length.toSeconds());
        return length.compareTo(MAX_BREAK) > 0 ? MAX_BREAK : length;
    }

    /** When the running break ends by itself; empty when not paused. */
    public java.util.Optional<Instant> pauseEnds() {
        return java.util.Optional.ofNullable(pausedAt).map(p -> p.plus(MAX_BREAK));
    }

    public boolean breaksAllowed() {
        return breaksAllowed;
    }

    public int breaksTaken() {
        return breaksTaken;
    }

    public int breaksLeft() {
        return breaksAllowed ? MAX_BREAKS - breaksTaken : 0;
    }

    /** The time the clock stood still in the breaks already ended. */
    public Duration pausedTotal() {
        return Duration.ofSeconds(pausedSeconds);
    }

    /** Records the grade; {@code correct} is by position. Closing twice is refused. */
    public void close(Grading.Grade grade, List<Boolean> correct, Closer closer, Instant now) {
        if (status != Status.OPEN) {
            throw new DomainException(null, "assessment.attempt.closed");
        }
        Instant due = effectiveDeadline(now);
        if (pausedAt != null) {
            // handed in (or timed out) during a break: the break ends here, as a resume would end it
            resume(now);
        }
        status = Status.SUBMITTED;
        openExam = null;
        submittedBy = closer;
        submittedAt = closer == Closer.DEADLINE && now.isAfter(due) ? due : now;
        scoreRight = grade.right();
        passed = grade.passed();
        StringBuilder text = new StringBuilder();
        grade.byCompetency().forEach((competency, share) -> text.append(text.isEmpty() ? "" : ",")
                .append(competency).append('=').append(share));
        breakdown = text.toString();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).mark(correct.get(i));
        }
    }

    public Map<String, Double> breakdown() {
        Map<String, Double> shares = new LinkedHashMap<>();
        if (breakdown != null && !breakdown.isEmpty()) {
            for (String entry : breakdown.split(",")) {
                String[] pair = entry.split("=");
                shares.put(pair[0], Double.parseDouble(pair[1]));
            }
        }
        return shares;
    }

    /** The exam time left: during a break, what will be left when it ends. */
    public Duration remaining(Instant now) {
        Instant due = effectiveDeadline(now);
        return now.isBefore(due) ? Duration.between(now, due) : Duration.ZERO;
    }

    public long id() {
        return id;
    }

    public String examCode() {
        return examCode;
    }

    public long personId() {
        return personId;
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean hasExtendedTime() {
        return extendedTime;
    }

    public double passMark() {
        return passMark.doubleValue();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Closer submittedBy() {
        return submittedBy;
    }

    public int scoreRight() {
        return scoreRight == null ? 0 : scoreRight;
    }

    public int scoreTotal() {
        return scoreTotal;
    }

    public boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<AttemptItem> items() {
        return List.copyOf(items);
    }
}
