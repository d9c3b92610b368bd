package academy.anxin.web.search;

import academy.anxin.search.application.Search;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.application.SearchResults;
import academy.anxin.web.learning.ServesAndTopic;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * search.xhtml?q=&amp;kind=&amp;serves=&amp;topic=&amp;page=: results with facets, all in the address (bookmarkable,
 * back-button safe). Logged-in volunteers also find lessons; the public finds courses and micro-lessons.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    Search search;

    @Inject
    CurrentUser currentUser;

    @Inject
    academy.anxin.web.i18n.Texts texts;

    private String q;
    private String kind;
    private final ServesAndTopic filter = new ServesAndTopic();
    private int page;
    private SearchResults results;

    public SearchResults getResults() {
        if (results == null) {
            Map<String, String> filters = new HashMap<>();
            put(filters, "kind", kind);
            put(filters, "serves", filter.getServes());
            put(filters, "topic", filter.getTopic());
            results = search.search(new SearchQuery(q, filters, page, currentUser.isLoggedIn()));
        }
        return results;
    }

    private static void put(Map<String, String> filters, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(dimension, value);
        }
    }

    /** The link for a hit: course page, micro-lesson page, or the lesson in the player. */
    public String link(SearchResults.Hit hit) {
        return switch (hit.type()) {
            case "course" -> "/course.xhtml?code=" + hit.courseCode();
            case "micro" -> "/micro-lesson.xhtml?code=" + hit.microCode();
            default -> "/app/lesson.xhtml?course=" + hit.courseCode() + "&lesson=" + hit.lessonKey();
        };
    }

    /** A facet value as a reader says it: tiers, endorsements and lesson kinds by name, topics as tagged. */
    public String label(String dimension, String value) {
        return switch (dimension) {
            case "serves" -> texts.text("serves." + value);
            case "kind" -> texts.text("search.kind." + value);
            default -> value;
        };
    }

    public boolean isFiltered(String dimension, String value) {
        return value.equals(switch (dimension) {
            case "kind" -> kind;
            case "serves" -> filter.getServes();
            default -> filter.getTopic();
        });
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public ServesAndTopic getFilter() {
        return filter;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
