package academy.anxin.search.application;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the hits of one page with highlighted snippets (HTML, escaped, matches in
 * {@code <mark>}), facet counts per dimension, the total, and a refusal key when the query could not be run
 * ("search.empty", "search.tooLong") — never an exception.
 */
public record SearchResults(long total, int page, int pages, List<Hit> hits, Map<String, List<FacetCount>> facets,
                            String refusal, boolean chinese) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    static SearchResults refused(String key) {
        return new SearchResults(0, 0, 0, List.of(), Map.of(), key, false);
    }

    public record Hit(String id, String type, String kind, String courseCode, String lessonKey, String microCode,
                      String serves, String titleZh, String titleEn, String snippet, int minutes, float score) {
    }

    public record FacetCount(String value, int count) {
    }
}
