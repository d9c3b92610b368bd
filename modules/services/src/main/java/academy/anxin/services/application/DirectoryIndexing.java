package academy.anxin.services.application;

import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import academy.anxin.search.application.ListingSearch;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search module's index of the directory current: every organization at start, with the curriculum's
 * index; one organization after each committed step of its listing (verified, refused, withdrawn, changed). A
 * failure is logged and leaves the search to the directory's plain name match; it never stops a start or undoes
 * a decision that has been committed.
 */
@ApplicationScoped
public class DirectoryIndexing {

    private static final Logger LOG = Logger.getLogger(DirectoryIndexing.class.getName());
    private static final long LONGEST_WAIT_SECONDS = 10;

    @Inject
    Directory directory;

    @Inject
    ListingSearch search;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Priority(StartupPhase.SEARCH_INDEX) SchemaMigrated migrated) {
        try {
            long started = System.nanoTime();
            var documents = directory.searchDocuments();
            search.replaceAll(documents);
            LOG.info(() -> "directory index built: " + documents.size() + " organizations, "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "the directory index could not be built; names are matched as written", failure);
        }
    }

    /*
     * The observer runs while the finished transaction is still bound to the thread, where Payara cannot start
     * another (see credentials' Issuance): the reading runs on a pool thread, waited for, so that the decision's
     * next page already finds the listing as it now is.
     */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged changed) {
        try {
            executor.submit(() -> directory.searchDocument(changed.organizationId()).ifPresent(search::put))
                    .get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            LOG.log(Level.WARNING, "the directory index missed organization " + changed.organizationId()
                    + " (found by name until the next start)", failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
