package academy.anxin.kernel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.ContentProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content zip is judged by what it would unpack to, before anything is read from it. */
class ZipLimitsTest {

    @TempDir
    Path folder;

    private interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    private Path zip(Entries entries) throws IOException {
        Path file = Files.createTempFile(folder, "content-", ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entries.write(zip);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes {@code megabytes} of zeros: a few kilobytes once deflated. */
    private static void zeros(ZipOutputStream zip, String name, int megabytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        byte[] block = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
            zip.write(block);
        }
        zip.closeEntry();
    }

    @Test
    void anOrdinaryContentFolderPasses() throws IOException {
        Path ordinary = zip(zip -> {
            entry(zip, "content/courses/PFA-101/course.yaml", "code: PFA-101\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "content/courses/PFA-101/lesson.md", "# 倾听\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(Optional.empty(), ZipLimits.CONTENT.check(ordinary));
    }

    @Test
    void anEntryThatInflatesFarBeyondItsPackedSizeIsRefused() throws IOException {
        Path bomb = zip(zip -> zeros(zip, "content/courses/a.mp4", 20));
        ContentProblem problem = ZipLimits.CONTENT.check(bomb).orElseThrow();
        assertEquals("content.zip.ratio", problem.key());
        assertEquals("content/courses/a.mp4", problem.arguments().get(0));
        assertTrue(Files.size(bomb) < 100 * 1024, "the bomb is small: " + Files.size(bomb));
    }

    @Test
    void tooMuchInAllIsRefusedEvenWhenEachEntryCompressesModestly() throws IOException {
        // incompressible bytes, so that no single entry trips the ratio: only the total can refuse this
        byte[] noise = new byte[1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        ZipLimits limits = new ZipLimits(100, 5L * noise.length, 100);
        Path large = zip(zip -> {
            for (int i = 0; i < 6; i++) {
                entry(zip, "content/media/" + i + ".bin", noise);
            }
        });
        ContentProblem problem = limits.check(large).orElseThrow();
        assertEquals("content.zip.tooLargeUnpacked", problem.key());
        assertEquals(List.of("5 MB"), problem.arguments());
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path many = zip(zip -> {
            for (int i = 0; i <= 50; i++) {
                entry(zip, "content/x/" + i + ".md", new byte[] {'x'});
            }
        });
        assertEquals("content.zip.tooManyEntries", new ZipLimits(50, 1L << 30, 100).check(many).orElseThrow().key());
    }
}
