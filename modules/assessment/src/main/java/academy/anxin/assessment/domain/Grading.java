package academy.anxin.assessment.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades an attempt on the server. Every item is worth one point, all or nothing: single choice and true/false
 * need the key; multiple response needs exactly the right options; ordering needs the whole order. Answers are in
 * the item's own option indices (the page translates from the shuffled order it showed). An unanswered item is
 * wrong. The result says the score, pass or fail, and the share right per competency.
 */
public final class Grading {

    private Grading() {
    }

    public record Grade(int right, int total, boolean passed, Map<String, Double> byCompetency,
                        Map<String, Boolean> correct) {
    }

    public static Grade grade(List<Drawing.DrawnItem> drawn, Map<String, List<Integer>> answers, double passMark) {
        int right = 0;
        Map<String, int[]> competencies = new LinkedHashMap<>();
        Map<String, Boolean> correct = new LinkedHashMap<>();
        for (Drawing.DrawnItem entry : drawn) {
            BankItem item = entry.item();
            boolean ok = isCorrect(item, answers.get(item.id()));
            correct.put(item.id(), ok);
            right += ok ? 1 : 0;
            int[] tally = competencies.computeIfAbsent(item.competencies().get(0), c -> new int[2]);
            tally[0] += ok ? 1 : 0;
            tally[1]++;
        }
        Map<String, Double> share = new LinkedHashMap<>();
        competencies.forEach((competency, tally) -> share.put(competency, (double) tally[0] / tally[1]));
        int total = drawn.size();
        // compared without rounding: 15 of 20 meets a pass mark of 0.75 exactly
        boolean passed = total > 0 && right >= passMark * total - 1e-9;
        return new Grade(right, total, passed, share, correct);
    }

    static boolean isCorrect(BankItem item, List<Integer> answer) {
        if (answer == null || answer.isEmpty()) {
            return false;
        }
        return switch (item.type()) {
            case SINGLE, TRUE_FALSE -> answer.size() == 1 && answer.get(0).equals(item.key().get(0));
            case MULTIPLE -> answer.size() == new HashSet<>(answer).size()
                    && new HashSet<>(answer).equals(new HashSet<>(item.key()));
            case ORDERING -> answer.equals(item.key());
        };
    }
}
