package academy.anxin.learning.application;

import academy.anxin.kernel.platform.SchemaMigrated;
import academy.anxin.kernel.platform.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the curriculum at every start, once the schema is current: from {@code anxin.content.dir} when it is
 * set (the launcher points it at the repository's {@code content/}, so edits show after an import), otherwise
 * the curriculum bundled in the build. Unchanged content is skipped, so a restart writes nothing. A refused
 * import is logged with every problem, and the platform goes on with the content it had.
 */
@ApplicationScoped
public class StartupImport {

    public static final String ACTOR = "system:content-import";
    private static final Logger LOG = Logger.getLogger(StartupImport.class.getName());

    @Inject
    ContentImport contentImport;

    @Inject
    @ConfigProperty(name = "anxin.content.dir")
    Optional<String> contentDir;

    void onSchemaMigrated(@Observes @Priority(StartupPhase.CURRICULUM) SchemaMigrated migrated) {
        Optional<ImportReport> report = importConfigured(ACTOR);
        report.ifPresent(r -> {
            if (!r.succeeded()) {
                LOG.severe("content import refused; nothing was written:\n" + ContentImport.describe(r.problems()));
            }
        });
    }

    /** Imports from the configured source (the admin's "import now" does the same). */
    public Optional<ImportReport> importConfigured(String actor) {
        Optional<Path> folder = contentDir.filter(s -> !s.isBlank()).map(Path::of);
        if (folder.isPresent()) {
            if (Files.isDirectory(folder.get())) {
                return Optional.of(contentImport.importFolder(folder.get(), actor));
            }
            LOG.warning(() -> "anxin.content.dir " + folder.get() + " is not a folder; importing the bundled curriculum");
        }
        return contentImport.importBundled(actor);
    }

    /** Where content comes from, for the admin's page. */
    public String source() {
        return contentDir.filter(s -> !s.isBlank()).filter(s -> Files.isDirectory(Path.of(s)))
                .orElse("classpath:" + ContentImport.BUNDLED);
    }
}
