package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backup taken while the database runs, or while it is stopped, restores into a fresh data folder row for row
 * (every table's rows and checksum, the triggers and routines), and a restore refuses a database that is not empty.
 */
class BackupRestoreTest {

    private Path root;

    @Test
    void backupsTakenOnlineAndStoppedRestoreIntoAFreshFolderRowForRowAndNeverOverANonEmptyDatabaseUnlessForced()
            throws Exception {
        root = Files.createTempDirectory("anxin-backup-");
        Path source = root.resolve("a/mariadb");
        Path fresh = root.resolve("b/mariadb");
        Path online = root.resolve("backups/online.tar.gz");
        Path stopped = root.resolve("backups/stopped.tar.gz");

        String before;
        try (EmbeddedDatabase platform = EmbeddedDatabase.start(source)) {
            populate(platform.createDatabase("anxin"));
            try (DatabaseAccess running = DatabaseAccess.embedded(source, false)) {
                assertTrue(running.description().contains("running"), running.description());
                before = snapshot(running);
                Backup.write(running, root, root.resolve("content"), checkpoints(root.resolve("a")), online);
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(online)));
        assertTrue(before.contains("crd_signing_key 2 "), before);

        // the platform stopped: the backup starts the embedded database for the moment
        try (DatabaseAccess briefly = DatabaseAccess.embedded(source, false)) {
            assertTrue(briefly.description().contains("started for the moment"), briefly.description());
            Backup.write(briefly, root, root.resolve("content"), root.resolve("a/audit/none.jsonl"), stopped);
        }

        try (DatabaseAccess target = DatabaseAccess.embedded(fresh, true)) {
            assertEquals(5, Restore.restore(target, online, false, Backup.checkpointsIn(root.resolve("b"))));
            assertEquals(Files.readString(Backup.checkpointsIn(root.resolve("a"))),
                    Files.readString(Backup.checkpointsIn(root.resolve("b"))), "the audit checkpoints came back");
            assertEquals(before, snapshot(target), "the restored database differs from the one backed up");

            Restore.NotEmpty refused = assertThrows(Restore.NotEmpty.class, () -> Restore.restore(target, stopped, false,
                    Backup.checkpointsIn(root.resolve("b"))));
            assertEquals("the database anxin already holds 5 tables; restore only into an empty database, or add --force"
                    + " to replace everything in it", refused.getMessage());

            execute(target, "DELETE FROM anxin.lrn_person WHERE id = 1;");
            assertEquals(5, Restore.restore(target, stopped, true, Backup.checkpointsIn(root.resolve("b"))));
            assertEquals(before, snapshot(target), "the forced restore of the backup taken stopped differs");
        }
        assertTrue(Files.readString(DatabaseCredentials.in(fresh).file()).contains("password="),
                "the fresh folder got no password");
    }

    /** A data folder's audit checkpoints file, as the platform appends it. */
    private static Path checkpoints(Path dataDir) throws Exception {
        Path file = Backup.checkpointsIn(dataDir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"sequence\":3,\"hash\":\"ab12\",\"jws\":\"x.y.z\"}\n");
        return file;
    }

    /** Tables like the platform's: Chinese text, microsecond times, a hash chain, a trigger and a routine. */
    private static void populate(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE lrn_person (id BIGINT PRIMARY KEY, name VARCHAR(100), joined DATETIME(6))");
            sql.execute("CREATE TABLE crd_signing_key (kid VARCHAR(200) PRIMARY KEY, stored TEXT NOT NULL)");
            sql.execute("CREATE TABLE kernel_audit (seq BIGINT PRIMARY KEY, event VARCHAR(200), hash CHAR(64))");
            sql.execute("CREATE TABLE prc_answer (id BIGINT PRIMARY KEY AUTO_INCREMENT, body LONGBLOB)");
            sql.execute("CREATE TABLE prc_count (n BIGINT)");
            sql.execute("INSERT INTO prc_count VALUES (0)");
            sql.execute("CREATE TRIGGER prc_answer_counted AFTER INSERT ON prc_answer FOR EACH ROW"
                    + " UPDATE prc_count SET n = n + 1");
            sql.execute("CREATE FUNCTION anxin_answers() RETURNS BIGINT READS SQL DATA RETURN (SELECT n FROM prc_count)");
            sql.execute("INSERT INTO lrn_person VALUES (1, '王小安', '2026-01-02 03:04:05.123456'),"
                    + " (2, 'Zoë O''Brien', '2026-02-03 04:05:06.654321')");
            sql.execute("INSERT INTO crd_signing_key VALUES ('k1', '{\"d\":\"private\"}'), ('k2', '{\"d\":\"next\"}')");
            sql.execute("INSERT INTO kernel_audit VALUES (1, '签核 approved', SHA2('1', 256))");
            sql.execute("INSERT INTO kernel_audit SELECT 2, 'credential issued', SHA2(CONCAT(hash, '2'), 256)"
                    + " FROM kernel_audit WHERE seq = 1");
            sql.execute("INSERT INTO prc_answer (body) VALUES (X'00FF10'), ('回答')");
        }
    }

    /** Each table's name, row count and checksum, then the triggers and routines, as one text. */
    private static String snapshot(DatabaseAccess access) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String table : access.tools().query(access.arguments(), "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'anxin' ORDER BY table_name;").strip().split("\n")) {
            String figures = access.tools().query(access.arguments(), "SELECT COUNT(*) FROM anxin." + table
                    + "; CHECKSUM TABLE anxin." + table + " EXTENDED;").strip().replace('\n', ' ');
            text.append(table).append(' ').append(figures).append('\n');
        }
        text.append(access.tools().query(access.arguments(), "SELECT trigger_name FROM information_schema.triggers"
                + " WHERE trigger_schema = 'anxin'; SELECT routine_name FROM information_schema.routines"
                + " WHERE routine_schema = 'anxin'; SELECT anxin.anxin_answers();"));
        return text.toString();
    }

    private static void execute(DatabaseAccess access, String sql) throws Exception {
        access.tools().clientSql(access.arguments(), sql);
    }

    @AfterEach
    void removeFolder() throws Exception {
        if (root != null && Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
