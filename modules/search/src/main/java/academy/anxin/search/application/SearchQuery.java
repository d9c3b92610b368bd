package academy.anxin.search.application;

import java.util.Map;

/**
 * What someone searches for: the words (Chinese or English, judged by the script), facet filters
 * ({@code kind -> reading}), the page (from 0), and whether the searcher may see lessons (logged-in volunteers;
 * the public sees courses and micro-lessons).
 */
public record SearchQuery(String text, Map<String, String> filters, int page, boolean lessonsVisible) {

    public static final int LONGEST = 200;
    public static final int PAGE_SIZE = 10;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.max(0, page);
    }
}
