package academy.anxin.search.infrastructure;

import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.ContentChanged;
import academy.anxin.learning.application.CurriculumText;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.application.SearchResults;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's curriculum index, in {@code anxin.search.dir} (default: {@code search-index} in the data folder).
 * At start it opens the index and checks it against the database: missing, stale (another fingerprint) or
 * corrupt (it does not open), it is rebuilt from the database. Every content import rebuilds it too, on every
 * node: learning's {@link ContentChanged} comes once per new content generation, at once on the node that imported
 * and within about a second on the others (their poll of the generation), never for a poll that found nothing new.
 * Rebuilds run on the managed executor, one at a time, so no page request waits for index work; searches meanwhile
 * see the previous state.
 */
@ApplicationScoped
public class CurriculumIndex {

    private static final Logger LOG = Logger.getLogger(CurriculumIndex.class.getName());

    @Inject
    Catalog catalog;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "anxin.search.dir")
    Optional<String> configuredDir;

    @Inject
    @ConfigProperty(name = "anxin.data.dir", defaultValue = "./data")
    String dataDir;

    private CurriculumSearcher opened;
    /** What searches use: set once the opened index matches the database, so no one sees a half-built one. */
    private volatile CurriculumSearcher searcher;
    private final Object rebuilding = new Object();

    /** After the schema and the content import at start-up (priority 500): open, check, rebuild if needed. */
    void onStart(@Observes @Priority(StartupPhase.SEARCH_INDEX) SchemaMigrated migrated) {
        executor.submit(() -> refresh("start"));
    }

    void onContentChanged(@Observes ContentChanged changed) {
        executor.submit(() -> refresh("content generation " + changed.generation()));
    }

    /** Brings the index in line with the database now (in the caller's thread). */
    public void refresh(String why) {
        synchronized (rebuilding) {
            try {
                List<CurriculumText> texts = catalog.texts();
                CurriculumSearcher current = open();
                long started = System.nanoTime();
                boolean rebuilt = current.bringUpToDate(texts);
                LOG.info(() -> "search index " + (rebuilt ? "rebuilt" : "current") + " (" + why + "): "
                        + texts.size() + " documents, " + (System.nanoTime() - started) / 1_000_000 + " ms");
                searcher = current;
            } catch (IOException | RuntimeException failure) {
                LOG.log(Level.SEVERE, "search index could not be brought up to date (" + why + ")", failure);
            }
        }
    }

    public SearchResults search(SearchQuery query) {
        CurriculumSearcher current = searcher;
        if (current == null) {
            return new SearchResults(0, 0, 0, List.of(), java.util.Map.of(), "search.notReady", false);
        }
        return current.search(query);
    }

    public List<String> suggest(String typed, int count) {
        CurriculumSearcher current = searcher;
        return current == null ? List.of() : current.suggest(typed, count);
    }

    /** The index, opened on first use; searches see it only once it has been checked (and rebuilt if need be). */
    private CurriculumSearcher open() throws IOException {
        if (opened == null) {
            Path folder = Path.of(configuredDir.filter(s -> !s.isBlank())
                    .orElse(Path.of(dataDir, "search-index").toString()));
            opened = CurriculumSearcher.openOrReset(folder);
        }
        return opened;
    }

    @PreDestroy
    void close() {
        CurriculumSearcher current = opened;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "search index did not close cleanly", e);
            }
        }
    }
}
