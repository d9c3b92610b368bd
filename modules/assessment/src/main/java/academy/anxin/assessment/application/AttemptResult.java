package academy.anxin.assessment.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A submitted attempt: score, pass or fail against the pass mark it started with, the share right per
 * competency, and for each item missed the right answer and the rationale.
 */
public record AttemptResult(long attemptId, String examCode, LocalizedText examTitle, int right, int total,
                            int passPercent, boolean passed, boolean closedByDeadline, Instant submittedAt,
                            Map<String, Integer> percentByCompetency, List<Missed> missed) {

    public AttemptResult {
        percentByCompetency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percentByCompetency));
        missed = List.copyOf(missed);
    }

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * right / total);
    }

    public record Missed(int position, LocalizedText stem, List<LocalizedText> given, List<LocalizedText> key,
                         LocalizedText rationale) {

        public Missed {
            given = List.copyOf(given);
            key = List.copyOf(key);
        }
    }
}
