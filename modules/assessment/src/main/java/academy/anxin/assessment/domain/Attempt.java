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
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "asm_attempt_item", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<AttemptItem> items = new ArrayList<>();

    protected Attempt() {
    }

    /** Starts an attempt on a draw made from {@code seed}; {@code extendedTime} gives half as long again. */
    public Attempt(Exam exam, long personId, long seed, boolean extendedTime, List<AttemptItem> items, Instant now) {
        Blueprint blueprint = exam.blueprint();
        this.examCode = exam.code();
        this.examVersion = exam.version();
        this.personId = personId;
        this.openExam = exam.code();
        this.status = Status.OPEN;
        this.seed = seed;
        this.extendedTime = extendedTime;
        this.passMark = BigDecimal.valueOf(blueprint.passMark());
        this.startedAt = now;
        this.deadline = now.plus(blueprint.timeLimit(extendedTime));
        this.scoreTotal = items.size();
        this.items = new ArrayList<>(items);
    }

    /** Open and within its deadline: answers are taken. */
    public boolean accepts(Instant now) {
        return status == Status.OPEN && now.isBefore(deadline);
    }

    /** Open but past its deadline: it must be submitted as it stands. */
    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && !now.isBefore(deadline);
    }

    /** Records the grade; {@code correct} is by position. Closing twice is refused. */
    public void close(Grading.Grade grade, List<Boolean> correct, Closer closer, Instant now) {
        if (status != Status.OPEN) {
            throw new DomainException(null, "assessment.attempt.closed");
        }
        status = Status.SUBMITTED;
        openExam = null;
        submittedBy = closer;
        submittedAt = closer == Closer.DEADLINE && now.isAfter(deadline) ? deadline : now;
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

    public Duration remaining(Instant now) {
        return now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO;
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
