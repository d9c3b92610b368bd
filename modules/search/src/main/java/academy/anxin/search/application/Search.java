package academy.anxin.search.application;

import academy.anxin.search.infrastructure.CurriculumIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Searching the curriculum, and completing what someone is typing. Refuses bad input with a key, never throws. */
@ApplicationScoped
public class Search {

    @Inject
    CurriculumIndex index;

    public SearchResults search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return SearchResults.refused("search.empty");
        }
        if (text.length() > SearchQuery.LONGEST) {
            return SearchResults.refused("search.tooLong");
        }
        return index.search(new SearchQuery(text, query.filters(), query.page(), query.lessonsVisible()));
    }

    /** Titles that contain what has been typed so far (at most {@code count}), in the typed language. */
    public List<String> suggest(String typed, int count) {
        if (typed == null || typed.isBlank() || typed.length() > SearchQuery.LONGEST) {
            return List.of();
        }
        return index.suggest(typed.strip(), count);
    }
}
