package academy.anxin.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** A volunteer's progress in one lesson: time spent over all visits, best quiz score, and when it was completed. */
@Entity
@Table(name = "lrn_lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "lesson_key", nullable = false, length = 60)
    private String lessonKey;

    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

    @Column(name = "best_score", precision = 4, scale = 3)
    private BigDecimal bestScore;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LessonProgress() {
        // for JPA
    }

    LessonProgress(Enrollment enrollment, String lessonKey) {
        this.enrollment = enrollment;
        this.lessonKey = lessonKey;
    }

    void spend(Duration spent) {
        secondsSpent = (int) Math.min(Integer.MAX_VALUE, secondsSpent + spent.toSeconds());
    }

    void scored(BigDecimal score) {
        if (bestScore == null || score.compareTo(bestScore) > 0) {
            bestScore = score;
        }
    }

    /** Completes the lesson once; a second completion keeps the first time. Returns whether this was the first. */
    boolean completeAt(Instant at) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        return true;
    }

    public String lessonKey() {
        return lessonKey;
    }

    public int secondsSpent() {
        return secondsSpent;
    }

    public BigDecimal bestScore() {
        return bestScore;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public boolean isComplete() {
        return completedAt != null;
    }
}
