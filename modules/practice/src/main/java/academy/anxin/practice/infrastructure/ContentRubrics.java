package academy.anxin.practice.infrastructure;

import academy.anxin.kernel.domain.Language;
import academy.anxin.practice.domain.Rubrics;
import academy.anxin.practice.domain.RubricsSource;
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
 * The rubrics as the content files give them: read from {@code anxin.content.dir} when it is a folder, otherwise
 * from the rubrics bundled in the build. Rubrics with a problem are refused whole and logged with file and line;
 * no assessment can then be recorded until they are fixed.
 */
@ApplicationScoped
public class ContentRubrics implements RubricsSource {

    static final String BUNDLED = "/academy/anxin/practice/rubrics.zip";
    private static final Logger LOG = Logger.getLogger(ContentRubrics.class.getName());

    @Inject
    @ConfigProperty(name = "anxin.content.dir")
    Optional<String> contentDir;

    @Override
    public Rubrics read() {
        Optional<Path> folder = contentDir.filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
        if (folder.isPresent()) {
            return valid(new RubricReader().read(folder.get()));
        }
        try (InputStream bundled = ContentRubrics.class.getResourceAsStream(BUNDLED)) {
            if (bundled == null) {
                return Rubrics.none();
            }
            Path zip = Files.createTempFile("anxin-rubrics-", ".zip");
            try {
                Files.copy(bundled, zip, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem files = FileSystems.newFileSystem(zip)) {
                    return valid(new RubricReader().read(files.getPath("/")));
                }
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rubrics valid(RubricReader.Result read) {
        if (!read.isValid()) {
            LOG.severe("rubrics refused; no competency assessment can be recorded until they are fixed:\n"
                    + String.join("\n", read.problems().stream().map(p -> "  " + p.describe(Language.EN)).toList()));
        }
        return read.rubrics();
    }
}
