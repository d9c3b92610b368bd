package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.credentials.domain.CaseRulesSource;
import academy.anxin.kernel.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case rules as the content files give them: from {@code anxin.content.dir} when it is a folder, otherwise
 * from the rules bundled in the build (the same zip as the tier rules). Rules with a problem are refused whole and
 * logged; every case is then refused.
 */
@ApplicationScoped
public class ContentCaseRules implements CaseRulesSource {

    private static final Logger LOG = Logger.getLogger(ContentCaseRules.class.getName());

    @Inject
    @ConfigProperty(name = "anxin.content.dir")
    Optional<String> contentDir;

    @Override
    public CaseRules read() {
        Optional<Path> folder = contentDir.filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
        if (folder.isPresent()) {
            return valid(new CaseRulesReader().read(folder.get()));
        }
        try (InputStream bundled = ContentCaseRules.class.getResourceAsStream(ContentCredentialRules.BUNDLED)) {
            if (bundled == null) {
                return CaseRules.none();
            }
            Path zip = Files.createTempFile("anxin-case-rules-", ".zip");
            try {
                Files.copy(bundled, zip, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem files = FileSystems.newFileSystem(zip)) {
                    return valid(new CaseRulesReader().read(files.getPath("/")));
                }
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseRules valid(CaseRulesReader.Result read) {
        if (!read.isValid()) {
            LOG.severe("case rules refused; every verification and match is refused until they are fixed:\n"
                    + String.join("\n", read.problems().stream().map(p -> "  " + p.describe(Language.EN)).toList()));
        }
        return read.rules();
    }
}
