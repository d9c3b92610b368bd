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
    /**
     * The last page anyone is shown (the API takes up to four digits). Nobody reads a hundred thousand hits, and a
     * page number from the address must not overflow the count of hits to collect: page 2147483647 was a 500.
     */
    public static final int LAST_PAGE = 9_999;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.min(Math.max(0, page), LAST_PAGE);
    }
}
