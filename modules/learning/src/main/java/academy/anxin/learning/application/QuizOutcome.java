package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/** A graded checkpoint try: how many right, passed or not, and per question the right option and why. */
public record QuizOutcome(int right, int total, boolean passed, List<Feedback> feedback, boolean courseCompleted,
                          String nextKey) implements java.io.Serializable {

    public QuizOutcome {
        feedback = List.copyOf(feedback);
    }

    public record Feedback(boolean correct, int answer, LocalizedText explanation) implements java.io.Serializable {
    }
}
