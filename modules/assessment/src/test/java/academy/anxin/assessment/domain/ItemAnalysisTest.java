package academy.anxin.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.ItemAnalysis.Flag;
import academy.anxin.assessment.domain.ItemAnalysis.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known inputs, known outputs (worked by hand). */
class ItemAnalysisTest {

    private static Response r(boolean correct, int chosen, double score) {
        return new Response(correct, Set.of(chosen), score);
    }

    @Test
    void pValueDistractorsAndCorrectedPointBiserial() {
        // option 1 is the key; totals include this item's point
        List<Response> responses = List.of(r(true, 1, 9), r(true, 1, 8), r(true, 1, 7), r(false, 0, 4),
                r(false, 2, 3), r(true, 1, 6), r(false, 0, 5), r(false, 3, 2));
        var stats = ItemAnalysis.of(responses, 4);
        assertEquals(0.5, stats.pValue(), 1e-12);
        assertEquals(List.of(2, 4, 1, 1), stats.optionCounts());
        // rest scores: right 8,7,6,5 (mean 6.5); wrong 4,3,5,2 (mean 3.5); all: mean 5, population variance
        // 28/8 = 3.5; r = (6.5 - 3.5) / sqrt(3.5) * sqrt(0.5 * 0.5) = 0.80178...
        assertEquals(3 / Math.sqrt(3.5) * 0.5, stats.discrimination(), 1e-12);
        assertEquals(Set.of(), stats.flags());
    }

    @Test
    void flagsTooEasyTooHardAndNegative() {
        List<Response> easy = List.of(r(true, 0, 5), r(true, 0, 4), r(true, 0, 3), r(true, 0, 2), r(true, 0, 6),
                r(true, 0, 5), r(true, 0, 4), r(true, 0, 3), r(true, 0, 2), r(true, 0, 6), r(false, 1, 1));
        assertTrue(ItemAnalysis.of(easy, 2).flags().contains(Flag.TOO_EASY));
        List<Response> backwards = List.of(r(true, 0, 1), r(true, 0, 2), r(false, 1, 9), r(false, 1, 8),
                r(false, 1, 7), r(false, 1, 9), r(false, 1, 8), r(false, 1, 7), r(false, 1, 9), r(false, 1, 8),
                r(false, 1, 6));
        var stats = ItemAnalysis.of(backwards, 2);
        assertTrue(stats.flags().containsAll(Set.of(Flag.TOO_HARD, Flag.NEGATIVE_DISCRIMINATION)), stats.flags()::toString);
    }

    @Test
    void undefinedDiscriminationIsNaNNotAnError() {
        assertTrue(Double.isNaN(ItemAnalysis.of(List.of(r(true, 0, 3)), 2).discrimination()));
        assertTrue(Double.isNaN(ItemAnalysis.of(List.of(r(true, 0, 3), r(true, 0, 3)), 2).discrimination()));
        assertEquals(0, ItemAnalysis.of(List.of(), 3).attempts());
    }

    @Test
    void examPassRateAndDistribution() {
        var exam = ItemAnalysis.exam(List.of(0.75, 0.8, 0.5, 1.0, 0.74, 0.05), 0.75);
        assertEquals(0.5, exam.passRate(), 1e-12);
        assertEquals(1, exam.distribution().get(0));
        assertEquals(1, exam.distribution().get(50));
        assertEquals(2, exam.distribution().get(70));
        assertEquals(1, exam.distribution().get(80));
        assertEquals(1, exam.distribution().get(90), "a perfect score falls in the top band");
    }
}
