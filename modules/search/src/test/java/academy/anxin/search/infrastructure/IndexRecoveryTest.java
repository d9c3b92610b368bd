package academy.anxin.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.CurriculumText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index on disk keeps its fingerprint across restarts; a corrupt one comes back empty, to be rebuilt. */
class IndexRecoveryTest {

    @TempDir
    Path folder;

    private static final List<CurriculumText> CURRICULUM = List.of(new CurriculumText("micro:M-1", "micro", "micro",
            null, null, "M-1", "L1", List.of("calm"), new LocalizedText("呼吸", "Breathing"),
            new LocalizedText("慢慢呼吸。", "Breathe slowly."), 1));

    @Test
    void aRestartFindsTheIndexCurrent() throws IOException {
        try (CurriculumSearcher index = CurriculumSearcher.openOrReset(folder)) {
            assertNull(index.fingerprint(), "a new index asks to be built");
            index.rebuild(CURRICULUM);
        }
        try (CurriculumSearcher again = CurriculumSearcher.openOrReset(folder)) {
            assertEquals(CurriculumSearcher.fingerprintOf(CURRICULUM), again.fingerprint());
            assertEquals(1, again.size());
            assertEquals(false, again.bringUpToDate(CURRICULUM), "nothing to rebuild");
            assertEquals(List.of("Breathing"), again.suggest("brea", 5), "completions come back without a rebuild");
        }
    }

    @Test
    void aCorruptIndexIsStartedAfreshRatherThanFailing() throws IOException {
        try (CurriculumSearcher index = CurriculumSearcher.openOrReset(folder)) {
            index.rebuild(CURRICULUM);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        try (CurriculumSearcher recovered = CurriculumSearcher.openOrReset(folder)) {
            assertNotNull(recovered);
            assertNull(recovered.fingerprint(), "empty, so the platform rebuilds it from the database");
            assertEquals(0, recovered.size());
        }
    }
}
