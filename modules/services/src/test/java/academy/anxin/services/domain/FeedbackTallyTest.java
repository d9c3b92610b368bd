package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedbackTallyTest {

    private static FeedbackTally answers(int... ratings) {
        FeedbackTally tally = FeedbackTally.NONE;
        for (int i = 0; i < ratings.length; i++) {
            tally = tally.plus(FeedbackTally.of(new FeedbackAnswer(ratings[i], i % 2 == 0, i == 0, null)));
        }
        return tally;
    }

    @Test
    void fewerThanFiveAnswersTellNoAverages() {
        for (int n = 0; n < FeedbackTally.SMALLEST_SHOWN; n++) {
            FeedbackTally tally = answers(ones(n));
            assertTrue(tally.averages().isSuppressed(), n + " answers");
            assertEquals(null, tally.averages().rating());
            assertFalse(tally.isShown());
        }
    }

    @Test
    void fiveAnswersTellTheAveragesRounded() {
        FeedbackTally.Averages averages = answers(5, 4, 4, 3, 5).averages();
        assertFalse(averages.isSuppressed());
        assertEquals(5L, averages.count());
        assertEquals(4.2, averages.rating());
        assertEquals(60, averages.respectedPercent(), "answers 1, 3 and 5 felt respected");
        assertEquals(20, averages.toldMoreHelpPercent());
    }

    @Test
    void sumsAddUpAndImpossibleSumsAreRefused() {
        assertEquals(new FeedbackTally(7, 20, 4, 2), answers(5, 4, 4).plus(answers(1, 2, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackTally(2, 11, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackTally(2, 4, 3, 0));
    }

    private static int[] ones(int n) {
        int[] ratings = new int[n];
        java.util.Arrays.fill(ratings, 1);
        return ratings;
    }
}
