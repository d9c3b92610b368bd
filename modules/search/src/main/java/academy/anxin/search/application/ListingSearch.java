package academy.anxin.search.application;

import academy.anxin.search.infrastructure.ListingIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finding organizations of the public directory by name or by words, in Chinese or English (the services context
 * feeds it {@link ListingDocument}s and keeps it current). {@link #find} answers nothing when the index has not
 * been built yet, so the caller can fall back on its own matching.
 */
@ApplicationScoped
public class ListingSearch {

    /** At most this many organizations are found: the directory lists, a search engine ranks. */
    public static final int MOST_FOUND = 50;

    @Inject
    ListingIndex index;

    /** Replaces the whole index with these documents. */
    public void replaceAll(Collection<ListingDocument> documents) {
        index.replaceAll(documents);
    }

    /** Adds or replaces one organization's document. */
    public void put(ListingDocument document) {
        index.put(document);
    }

    /**
     * The organizations found by {@code text}, best first, or empty before the index is first built. Every word
     * of the text must be in one name or in the listing's words (Chinese by words and by character pairs, English
     * by stems).
     */
    public Optional<List<Long>> find(String text) {
        if (text == null || text.isBlank() || text.length() > SearchQuery.LONGEST) {
            return Optional.of(List.of());
        }
        return index.find(text.strip(), MOST_FOUND);
    }
}
