package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * An open attempt as the page shows it: items in their drawn order with options in their shown order, and the
 * answers saved so far in shown indices. It never holds a key or a rationale.
 */
public record AttemptSheet(long attemptId, String examCode, LocalizedText examTitle, Instant deadline,
                           long secondsLeft, boolean extendedTime, List<Question> questions, Breaks breaks) {

    public AttemptSheet {
        questions = List.copyOf(questions);
    }

    public long answered() {
        return questions.stream().filter(q -> !q.saved().isEmpty()).count();
    }

    /**
     * The attempt's breaks: whether it may have any, how many are left, and the running break (its end, and the
     * seconds until the clock runs again by itself) when the clock is stopped.
     */
    public record Breaks(boolean allowed, int left, int most, long maxMinutes, boolean paused, Instant pauseEnds,
                         long pauseSecondsLeft) {
    }

    public boolean paused() {
        return breaks.paused();
    }

    /** One position: the vignette when it opens a scenario set, the stem, the shown options, the saved answer. */
    public record Question(int position, ItemType type, LocalizedText vignette, boolean firstOfScenario,
                           LocalizedText stem, List<LocalizedText> options, List<Integer> saved) {

        public Question {
            options = List.copyOf(options);
            saved = List.copyOf(saved);
        }
    }
}
