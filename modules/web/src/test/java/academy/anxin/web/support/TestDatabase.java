package academy.anxin.web.support;

import academy.anxin.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a fresh database before Arquillian starts Payara Micro: the local MariaDB on
 * 127.0.0.1:3306 when it answers, else the same embedded MariaDB that {@code ./setup/run} uses. The database
 * {@code anxin_it} (or the name in {@code -Danxin.it.db.name}, so that two checkouts can run their tests side by
 * side) is dropped and created anew, so every run starts from an empty schema that Flyway builds.
 * The JDBC URL goes to the system property {@code anxin.it.db.url}, which arquillian.xml passes to Micro.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL_PROPERTY = "anxin.it.db.url";

    /** The one number a counting query gives on the tests' database, e.g. what a step stored or did not. */
    public static long count(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty(URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs one statement that changes rows on the tests' database, e.g. what another node's transaction would. */
    public static int update(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty(URL_PROPERTY));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static final String NAME = System.getProperty("anxin.it.db.name", "anxin_it");

    private EmbeddedDatabase embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("anxin.it") || System.getProperty(URL_PROPERTY) != null) {
            return; // unit tests need no database; an explicit URL wins
        }
        try {
            String server;
            if (answers("127.0.0.1", 3306)) {
                server = "jdbc:mariadb://127.0.0.1:3306/";
            } else {
                embedded = EmbeddedDatabase.start(Path.of(System.getProperty("anxin.it.workdir", "target"), "it-mariadb"));
                server = "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/";
            }
            // the embedded database's root has the password generated in its folder; the local one has none
            String url = EmbeddedDatabase.ensureDatabase(server, "root", embedded == null ? null : embedded.password(),
                    NAME, true);
            forgetAuditCheckpoints();
            System.setProperty(URL_PROPERTY, url);
            // Payara Server's create-system-properties takes name=value pairs joined by ':'
            System.setProperty(URL_PROPERTY + ".asadmin", url.replace(":", "\\:").replace("=", "\\="));
            System.out.println("[anxin-it] database " + url);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("no database for the integration tests: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
        }
    }

    /**
     * The audit checkpoints in the tests' data folder vouch for the database just dropped: kept, they would rightly
     * report the new, shorter trail as cut. A fresh database starts a fresh file.
     */
    private static void forgetAuditCheckpoints() throws IOException {
        Path checkpoints = Path.of(System.getProperty("anxin.it.workdir", "target"), "it-data", "audit",
                "checkpoints.jsonl");
        Files.deleteIfExists(checkpoints);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
