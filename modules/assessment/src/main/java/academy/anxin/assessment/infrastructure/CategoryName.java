package academy.anxin.assessment.infrastructure;

import java.util.Locale;

/**
 * The competency an imported bank's category names (GIFT {@code $CATEGORY:}, Moodle XML category questions): its
 * last path segment as a tag. Letters and digits of any script are kept, so that an agency whose categories are
 * Chinese ("倾听") gets one competency per category, shown as written and drawn by that name in an exam's
 * blueprint, instead of every question misfiled under one fallback; any other run of characters becomes one '-'.
 */
final class CategoryName {

    /** The longest competency tag, as for the exam banks' own tags (ExamBankReader.TAG). */
    static final int MAX_LENGTH = 40;

    private CategoryName() {
    }

    /** The tag for a category's name, or "" when the name has no letter or digit. */
    static String competency(String name) {
        return name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
    }
}
