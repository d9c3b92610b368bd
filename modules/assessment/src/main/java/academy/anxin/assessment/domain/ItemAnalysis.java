package academy.anxin.assessment.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classical item analysis of submitted attempts, for the platform admin's statistics page.
 *
 * <ul>
 *   <li>p-value: the proportion of attempts that got the item right;</li>
 *   <li>discrimination: the <em>corrected</em> point-biserial correlation between the item (right 1, wrong 0) and
 *   the rest of the score (the attempt's score without this item), so that an item is not credited for
 *   correlating with itself;</li>
 *   <li>distractor counts: how often each option was chosen;</li>
 *   <li>flags: too easy (p &gt; 0.90), too hard (p &lt; 0.20), negative discrimination (r &lt; 0).</li>
 * </ul>
 * With fewer than two attempts, or when everyone scored alike, discrimination is not defined and is reported as NaN.
 */
public final class ItemAnalysis {

    public static final double TOO_EASY = 0.90;
    public static final double TOO_HARD = 0.20;

    private ItemAnalysis() {
    }

    /** One attempt's answer to the item: right or not, the options chosen, and the attempt's total score. */
    public record Response(boolean correct, Set<Integer> chosen, double attemptScore) {

        public Response {
            chosen = Set.copyOf(chosen);
        }
    }

    public enum Flag { TOO_EASY, TOO_HARD, NEGATIVE_DISCRIMINATION }

    public record ItemStatistics(int attempts, double pValue, double discrimination, List<Integer> optionCounts,
                                 Set<Flag> flags) {

        public ItemStatistics {
            optionCounts = List.copyOf(optionCounts);
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }
    }

    public static ItemStatistics of(List<Response> responses, int optionCount) {
        int n = responses.size();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < optionCount; i++) {
            counts.add(0);
        }
        for (Response response : responses) {
            for (int option : response.chosen()) {
                if (option >= 0 && option < optionCount) {
                    counts.set(option, counts.get(option) + 1);
                }
            }
        }
        if (n == 0) {
            return new ItemStatistics(0, Double.NaN, Double.NaN, counts, Set.of());
        }
        double right = responses.stream().filter(Response::correct).count();
        double p = right / n;
        double r = correctedPointBiserial(responses);
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (p > TOO_EASY) {
            flags.add(Flag.TOO_EASY);
        }
        if (p < TOO_HARD) {
            flags.add(Flag.TOO_HARD);
        }
        if (r < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        return new ItemStatistics(n, p, r, counts, flags);
    }

    /** Pearson correlation of the 0/1 item score with the rest score; the point-biserial is that correlation. */
    static double correctedPointBiserial(List<Response> responses) {
        int n = responses.size();
        if (n < 2) {
            return Double.NaN;
        }
        double[] item = new double[n];
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            item[i] = responses.get(i).correct() ? 1 : 0;
            rest[i] = responses.get(i).attemptScore() - item[i];
        }
        double meanItem = mean(item);
        double meanRest = mean(rest);
        double covariance = 0;
        double varianceItem = 0;
        double varianceRest = 0;
        for (int i = 0; i < n; i++) {
            covariance += (item[i] - meanItem) * (rest[i] - meanRest);
            varianceItem += (item[i] - meanItem) * (item[i] - meanItem);
            varianceRest += (rest[i] - meanRest) * (rest[i] - meanRest);
        }
        if (varianceItem == 0 || varianceRest == 0) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceItem * varianceRest);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** An exam's pass rate and its score distribution in tenths (0-9%, 10-19%, ... 90-100%). */
    public record ExamStatistics(int attempts, double passRate, TreeMap<Integer, Integer> distribution) {
    }

    /** @param fractions each submitted attempt's score as a fraction of the maximum, from 0 to 1 */
    public static ExamStatistics exam(List<Double> fractions, double passMark) {
        TreeMap<Integer, Integer> bins = new TreeMap<>();
        for (int bin = 0; bin < 10; bin++) {
            bins.put(bin * 10, 0);
        }
        int passed = 0;
        for (double fraction : fractions) {
            int bin = Math.min(9, (int) Math.floor(fraction * 10 + 1e-9)) * 10;
            bins.merge(bin, 1, Integer::sum);
            if (fraction + 1e-9 >= passMark) {
                passed++;
            }
        }
        double rate = fractions.isEmpty() ? Double.NaN : (double) passed / fractions.size();
        return new ExamStatistics(fractions.size(), rate, bins);
    }
}
