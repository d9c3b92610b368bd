package academy.anxin.web.http;

import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.ContentChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The visitors' pages kept by {@link PublicPages}, by address and language, each tagged with the content generation
 * it was rendered from: a page of an older generation is never sent, and all are dropped when this node sees a new
 * one (learning's {@link ContentChanged}). Bounded by bytes ({@value #MOST_BYTES}), the least used going first:
 * addresses come from anyone (a query string can be anything), so the bound, not the addresses, decides the memory.
 */
@ApplicationScoped
public class RenderedPages {

    /** About a thousand catalog pages; the public pages' distinct addresses are far fewer. */
    static final long MOST_BYTES = 32L * 1024 * 1024;

    /** A page's address as kept: path, query string as sent, and the page language the visitor gets. */
    record Key(String path, String query, Language language) {

        int size() {
            return path.length() + (query == null ? 0 : query.length()) + 64;
        }
    }

    // maintenance in the calling thread: no work handed to the JVM's common pool, outside the server's threads
    private final Cache<Key, RenderedPage> pages = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher((Key key, RenderedPage page) -> key.size() + page.size())
            .executor(Runnable::run)
            .build();

    /** The page kept for this address and generation, or null. */
    RenderedPage find(Key key, long generation) {
        RenderedPage page = pages.getIfPresent(key);
        return page != null && page.generation() == generation ? page : null;
    }

    void keep(Key key, RenderedPage page) {
        pages.put(key, page);
    }

    void dropAll(@Observes ContentChanged changed) {
        pages.invalidateAll();
    }
}
