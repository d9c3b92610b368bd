package academy.anxin.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import academy.anxin.kernel.domain.AuditCheckpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

    @TempDir
    Path folder;

    private static AuditCheckpoint checkpoint(long sequence) {
        return new AuditCheckpoint(sequence, Long.toHexString(sequence).repeat(64).substring(0, 64),
                Instant.parse("2026-12-01T08:00:00Z").plusSeconds(sequence), "aGVhZA.cGF5bG9hZA.c2ln" + sequence);
    }

    @Test
    void checkpointsAreAppendedAsLinesAndReadBackInOrder() throws IOException {
        CheckpointFile file = new CheckpointFile(folder.resolve(CheckpointFile.FILE));
        assertEquals(0, file.lastSequence());
        file.append(checkpoint(3));
        file.append(checkpoint(7));
        assertEquals(List.of(checkpoint(3), checkpoint(7)), file.all());
        assertEquals(List.of(checkpoint(7)), file.after(3, 10));
        assertEquals(7, file.lastSequence());
        assertEquals(2, Files.readAllLines(folder.resolve(CheckpointFile.FILE)).size());
        assertEquals(7, new CheckpointFile(folder.resolve(CheckpointFile.FILE)).lastSequence(), "read after a restart");
    }

    @Test
    void aLineACrashLeftUnfinishedIsIgnoredAndCutOffByTheNextAppend() throws IOException {
        Path path = folder.resolve(CheckpointFile.FILE);
        CheckpointFile file = new CheckpointFile(path);
        file.append(checkpoint(3));
        Files.writeString(path, "{\"sequence\":5,\"ha", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertEquals(List.of(checkpoint(3)), file.all());
        file.append(checkpoint(6));
        assertEquals(List.of(checkpoint(3), checkpoint(6)), file.all());
    }

    @Test
    void aLineThatIsNoCheckpointIsKeptAsUnreadable() throws IOException {
        Path path = folder.resolve(CheckpointFile.FILE);
        CheckpointFile file = new CheckpointFile(path);
        file.append(checkpoint(3));
        Files.writeString(path, "someone was here\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<AuditCheckpoint> all = file.all();
        assertEquals(2, all.size());
        assertFalse(all.get(1).readable());
        assertEquals(List.of(checkpoint(3)), file.after(0, 10), "the public list holds checkpoints only");
    }
}
