package academy.anxin.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** A revised migration's recorded checksum is the one of its text today, or databases would fail to validate. */
class SchemaMigrationsTest {

    /** Flyway's checksum of an SQL migration: CRC32 over its lines without their line ends (ChecksumCalculator). */
    private static int flywayChecksum(Path script) throws IOException {
        CRC32 crc = new CRC32();
        String text = Files.readString(script, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String line : text.split("\r\n|\r|\n")) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Test
    void theCredentialsFirstMigrationsRevisedChecksumIsItsTextsToday() throws IOException {
        SchemaMigrations.Revised revised = SchemaMigrations.REVISED.get(0);
        assertEquals("crd_schema_history", revised.historyTable());
        Path script = Path.of("..", "credentials", "src", "main", "resources", "db", "credentials",
                "V" + revised.version() + "__credentials.sql");
        assertEquals(revised.after(), flywayChecksum(script));
    }
}
