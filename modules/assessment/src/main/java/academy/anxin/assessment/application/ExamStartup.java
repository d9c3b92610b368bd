package academy.anxin.assessment.application;

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
 * Imports the exam banks at every start, as learning does the curriculum: from {@code anxin.content.dir} when it
 * is a folder, otherwise the banks bundled in the build. Unchanged banks write nothing; a refused import is logged
 * with every problem and the platform keeps the banks it had.
 */
@ApplicationScoped
public class ExamStartup {

    public static final String ACTOR = "system:content-import";
    private static final Logger LOG = Logger.getLogger(ExamStartup.class.getName());

    @Inject
    ExamImport examImport;

    @Inject
    @ConfigProperty(name = "anxin.content.dir")
    Optional<String> contentDir;

    void onSchemaMigrated(@Observes @Priority(StartupPhase.EXAM_BANKS) SchemaMigrated migrated) {
        BankReport report = importConfigured(ACTOR);
        if (!report.succeeded()) {
            LOG.severe("exam import refused; nothing was written:\n" + String.join("\n",
                    report.problems().stream().map(p -> "  " + p.describe(academy.anxin.kernel.domain.Language.EN))
                            .toList()));
        }
    }

    /** Imports from the configured source (the admin's "import now" does the same). */
    public BankReport importConfigured(String actor) {
        Optional<Path> folder = contentDir.filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
        return folder.isPresent() ? examImport.importFolder(folder.get(), actor) : examImport.importBundled(actor);
    }
}
