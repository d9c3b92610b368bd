package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.ContentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reading the files of a content folder (a directory, or the root of a zip file system) with limits on sizes, and
 * fingerprinting them. Paths in problems are relative to the content root, with forward slashes.
 */
public final class ContentFiles {

    /** A Markdown body, a caption file or a descriptor; a longer one is a mistake, not a lesson. */
    public static final long LARGEST_TEXT = 512 * 1024;
    public static final long LARGEST_MEDIA = 50L * 1024 * 1024;

    private final Path root;

    public ContentFiles(Path root) {
        this.root = root;
    }

    public String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Composes a YAML document into nodes (keeping line numbers); a syntax error names its line. */
    public YamlNode yaml(Path file) {
        String text = text(file, "content.file.missing");
        try (Reader reader = new java.io.StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node node = new Yaml(options).compose(reader);
            if (node == null) {
                throw new ContentFault(new ContentProblem(name(file), 0, null, "content.file.empty"));
            }
            return new YamlNode(name(file), "", node);
        } catch (MarkedYAMLException syntax) {
            int line = syntax.getProblemMark() == null ? 0 : syntax.getProblemMark().getLine() + 1;
            throw new ContentFault(new ContentProblem(name(file), line, null, "content.yaml.syntax",
                    String.valueOf(syntax.getProblem())));
        } catch (YAMLException syntax) {
            throw new ContentFault(new ContentProblem(name(file), 0, null, "content.yaml.syntax", syntax.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 text file of sane size; {@code missingKey} says what its absence means. */
    public String text(Path file, String missingKey) {
        if (!Files.isRegularFile(file)) {
            throw new ContentFault(new ContentProblem(name(file), 0, null, missingKey));
        }
        try {
            if (Files.size(file) > LARGEST_TEXT) {
                throw new ContentFault(new ContentProblem(name(file), 0, null, "content.file.tooLarge",
                        LARGEST_TEXT / 1024 + " KB"));
            }
            String text = new String(readAtMost(file, LARGEST_TEXT, "KB"), StandardCharsets.UTF_8);
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(text) || text.indexOf('\uFFFD') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ContentFault(new ContentProblem(name(file), 0, null, "content.file.encoding"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] media(Path file) {
        try {
            if (Files.size(file) > LARGEST_MEDIA) {
                throw new ContentFault(new ContentProblem(name(file), 0, null, "content.file.tooLarge",
                        LARGEST_MEDIA / 1024 / 1024 + " MB"));
            }
            return readAtMost(file, LARGEST_MEDIA, "MB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file under a folder (names and bytes, in name order): equal means unchanged. */
    public String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted((a, b) -> name(a).compareTo(name(b))).toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(name(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(readAtMost(file, Math.max(LARGEST_TEXT, LARGEST_MEDIA), "MB"));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file's bytes, refused past {@code limit}: the size a zip entry declares is checked first, but an entry
     * may understate it, so the reading itself stops one byte past the limit.
     */
    private byte[] readAtMost(Path file, long limit, String unit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                long shown = "MB".equals(unit) ? limit / 1024 / 1024 : limit / 1024;
                throw new ContentFault(new ContentProblem(name(file), 0, null, "content.file.tooLarge",
                        shown + " " + unit));
            }
            return bytes;
        }
    }

    public List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted((a, b) -> name(a).compareTo(name(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
