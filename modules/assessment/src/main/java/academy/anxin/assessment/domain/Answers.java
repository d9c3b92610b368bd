package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.ArrayList;
import java.util.List;

/** Option indices as stored ("2,0,1"): keys, option orders and answers all use this one short form. */
public final class Answers {

    private Answers() {
    }

    public static String format(List<Integer> indices) {
        StringBuilder text = new StringBuilder();
        for (Integer index : indices) {
            text.append(text.isEmpty() ? "" : ",").append(index);
        }
        return text.toString();
    }

    public static List<Integer> parse(String text) {
        List<Integer> indices = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return indices;
        }
        for (String part : text.split(",")) {
            try {
                indices.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new DomainException("answer", "assessment.answer.invalid");
            }
        }
        return indices;
    }
}
