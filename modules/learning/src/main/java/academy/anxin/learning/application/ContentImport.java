package academy.anxin.learning.application;

import academy.anxin.kernel.content.ZipLimits;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.domain.ContentBundle;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.learning.infrastructure.ContentReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Imports content: validate everything first, then write it in one transaction, or write nothing and report
 * every problem with its file, line and field. Sources: a content folder, or a zip of one (the platform
 * admin's upload, and the curriculum bundled with the platform).
 */
@ApplicationScoped
public class ContentImport {

    /** The curriculum of {@code content/} as the build packed it into this module. */
    public static final String BUNDLED = "/academy/anxin/learning/curriculum.zip";
    public static final long LARGEST_ZIP = 200L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @Inject
    ContentWriter writer;

    @Inject
    Event<ContentImported> imported;

    private final ContentReader reader = new ContentReader();

    /** Imports a content folder (with {@code courses/} and {@code micro-lessons/}). */
    public ImportReport importFolder(Path root, String actor) {
        ContentBundle bundle = reader.read(root);
        if (!bundle.isValid()) {
            return ImportReport.refused(bundle.problems()).warning(bundle.warnings());
        }
        ImportReport report;
        try {
            report = writer.write(bundle, actor).warning(bundle.warnings());
        } catch (ImportRefused refused) {
            return ImportReport.refused(refused.problems()).warning(bundle.warnings());
        }
        if (report.changed()) {
            imported.fire(new ContentImported(report.added()));
        }
        LOG.info(() -> "content import by " + actor + ": " + report.added().size() + " added, "
                + report.unchanged() + " unchanged, " + report.warnings().size() + " warning(s)");
        return report;
    }

    /**
     * Imports a zip whose root is a content folder, or holds exactly one (as zipping {@code content/} gives).
     * The zip is read in place, never unpacked; what it would unpack to is checked first ({@link ZipLimits}), and
     * sizes again file by file as they are read.
     */
    public ImportReport importZip(Path zip, String actor) {
        try {
            if (Files.size(zip) > LARGEST_ZIP) {
                return ImportReport.refused(List.of(new ContentProblem("", 0, null, "content.zip.tooLarge",
                        LARGEST_ZIP / 1024 / 1024 + " MB")));
            }
            Optional<ContentProblem> unsafe = ZipLimits.CONTENT.check(zip);
            if (unsafe.isPresent()) {
                return ImportReport.refused(List.of(unsafe.get()));
            }
            try (FileSystem zipped = FileSystems.newFileSystem(zip)) {
                return importFolder(contentRoot(zipped.getPath("/")), actor);
            }
        } catch (ZipException | java.nio.file.ProviderNotFoundException notAZip) {
            return ImportReport.refused(List.of(new ContentProblem("", 0, null, "content.zip.invalid")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a zip from a stream (an upload or a resource), through a temporary file that is always removed. */
    public ImportReport importZip(InputStream zip, String actor) {
        Path file = null;
        try {
            file = Files.createTempFile("anxin-content-", ".zip");
            Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
            return importZip(file, actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The curriculum that ships with the platform, or nothing if this build carries none. */
    public Optional<ImportReport> importBundled(String actor) {
        InputStream bundled = ContentImport.class.getResourceAsStream(BUNDLED);
        if (bundled == null) {
            return Optional.empty();
        }
        try (bundled) {
            return Optional.of(importZip(bundled, actor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path contentRoot(Path root) throws IOException {
        if (Files.isDirectory(root.resolve("courses")) || Files.isDirectory(root.resolve("micro-lessons"))) {
            return root;
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            return folders.size() == 1 ? folders.get(0) : root;
        }
    }

    /** Problems as lines for a log, in English. */
    public static String describe(List<ContentProblem> problems) {
        return String.join("\n", problems.stream().map(p -> "  " + p.describe(Language.EN)).toList());
    }
}
