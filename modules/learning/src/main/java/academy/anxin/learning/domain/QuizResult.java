package academy.anxin.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The outcome of one try at a checkpoint quiz: which questions were right, the score, and whether it passes. */
public record QuizResult(List<Boolean> correct, BigDecimal passMark) {

    public QuizResult {
        correct = List.copyOf(correct);
    }

    public int right() {
        return (int) correct.stream().filter(Boolean::booleanValue).count();
    }

    /** The fraction right, to three places (what is stored as the best score). */
    public BigDecimal score() {
        if (correct.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(right()).divide(BigDecimal.valueOf(correct.size()), 3, RoundingMode.DOWN);
    }

    public boolean passed() {
        // compared as right/total >= passMark without rounding, so 4 of 5 passes a mark of 0.8 exactly
        return BigDecimal.valueOf(right()).compareTo(passMark.multiply(BigDecimal.valueOf(correct.size()))) >= 0;
    }
}
