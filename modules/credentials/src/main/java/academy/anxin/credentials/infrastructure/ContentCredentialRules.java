package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.CredentialRules;
import academy.anxin.credentials.domain.CredentialRulesSource;
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
 * The tier and endorsement rules as the content files give them: read from {@code anxin.content.dir} when it is a
 * folder, otherwise from the rules bundled in the build. Rules with a problem are refused whole and logged.
 */
@ApplicationScoped
public class ContentCredentialRules implements CredentialRulesSource {

    static final String BUNDLED = "/academy/anxin/credentials/rules.zip";
    private static final Logger LOG = Logger.getLogger(ContentCredentialRules.class.getName());

    @Inject
    @ConfigProperty(name = "anxin.content.dir")
    Optional<String> contentDir;

    @Override
    public CredentialRules read() {
        Optional<Path> folder = contentDir.filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
        if (folder.isPresent()) {
            return valid(new CredentialRulesReader().read(folder.get()));
        }
        try (InputStream bundled = ContentCredentialRules.class.getResourceAsStream(BUNDLED)) {
            if (bundled == null) {
                return CredentialRules.none();
            }
            Path zip = Files.createTempFile("anxin-rules-", ".zip");
            try {
                Files.copy(bundled, zip, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem files = FileSystems.newFileSystem(zip)) {
                    return valid(new CredentialRulesReader().read(files.getPath("/")));
                }
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CredentialRules valid(CredentialRulesReader.RuleSet read) {
        if (!read.isValid()) {
            LOG.severe("tier rules refused; no credential will be issued until they are fixed:\n" + String.join("\n",
                    read.problems().stream().map(p -> "  " + p.describe(Language.EN)).toList()));
        }
        return read.rules();
    }
}
