package academy.anxin.launcher;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How {@code setup/backup} and {@code setup/restore} reach the platform's database with MariaDB's own tools: the
 * embedded one in the data folder (the running server through its socket, or, when the platform is stopped, the
 * server started for the moment and stopped again at {@link #close()}), or the one {@code ANXIN_DB_URL} names,
 * with the system's tools (the embedded base's when the system has none).
 */
final class DatabaseAccess implements AutoCloseable {

    /** The database the launcher makes in the embedded server. */
    static final String EMBEDDED_DATABASE = "anxin";

    private final MariaDbTools tools;
    private final List<String> arguments;
    private final String database;
    private final String description;
    private final EmbeddedDatabase startedHere;
    private final Path optionFile;

    private DatabaseAccess(MariaDbTools tools, List<String> arguments, String database, String description,
            EmbeddedDatabase startedHere, Path optionFile) {
        this.tools = tools;
        this.arguments = List.copyOf(arguments);
        this.database = database;
        this.description = description;
        this.startedHere = startedHere;
        this.optionFile = optionFile;
    }

    /**
     * The platform's database as the launcher would find it with this environment; {@code mayCreate} lets an
     * embedded database be made in a data folder that has none yet (a restore into a fresh folder).
     */
    static DatabaseAccess of(Map<String, String> env, Path dataDir, boolean mayCreate) throws IOException {
        String url = env.get("ANXIN_DB_URL");
        Path home = dataDir.resolve("mariadb");
        return url == null ? embedded(home, mayCreate)
                : configured(url, env.get("ANXIN_DB_USER"), env.get("ANXIN_DB_PASSWORD"), home);
    }

    static DatabaseAccess embedded(Path folder, boolean mayCreate) throws IOException {
        Path home = folder.toAbsolutePath().normalize();
        if (!mayCreate && !Files.isDirectory(home.resolve("data"))) {
            throw new IOException("no embedded database in " + home + " and no ANXIN_DB_URL: nothing to back up");
        }
        MariaDbTools tools = MariaDbTools.embedded(home);
        List<String> arguments = EmbeddedDatabase.clientArguments(home);
        if (DatabaseCredentials.in(home).exists() && tools.present() && answers(tools, arguments)) {
            return new DatabaseAccess(tools, arguments, EMBEDDED_DATABASE, "the running embedded database in " + home,
                    null, null);
        }
        EmbeddedDatabase started = EmbeddedDatabase.start(home);
        try {
            started.createDatabase(EMBEDDED_DATABASE);
        } catch (java.sql.SQLException e) {
            started.close();
            throw new IOException("the embedded database in " + home + ": " + e.getMessage(), e);
        }
        return new DatabaseAccess(tools, arguments, EMBEDDED_DATABASE,
                "the embedded database in " + home + " (started for the moment, the platform being stopped)", started,
                null);
    }

    /** A configured server: host, port and database from the JDBC URL; the account from the settings or the URL. */
    static DatabaseAccess configured(String url, String user, String password, Path embeddedHome) throws IOException {
        // a high-availability mode (setup/cluster-db's sequential://) names several hosts: the first is taken
        String rest = url.replaceFirst("^jdbc:(mariadb|mysql):((sequential|loadbalance|load-balance-read|replication):)?//", "");
        if (rest.equals(url) || !rest.contains("/")) {
            throw new IOException("ANXIN_DB_URL is not a MariaDB JDBC URL with a database (jdbc:mariadb://host:port/name): "
                    + url.replaceAll("password=[^&]*", "password=..."));
        }
        String hostAndPort = rest.substring(0, rest.indexOf('/')).split(",")[0];
        String pathAndQuery = rest.substring(rest.indexOf('/') + 1);
        String database = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IOException("ANXIN_DB_URL names no database the backup can take (letters, digits, _): " + database);
        }
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        for (String parameter : query.split("&")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].equals("user") && (user == null || user.isEmpty())) {
                user = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
            } else if (pair.length == 2 && pair[0].equals("password") && (password == null || password.isEmpty())) {
                password = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
            }
        }
        String host = hostAndPort.contains(":") ? hostAndPort.substring(0, hostAndPort.lastIndexOf(':')) : hostAndPort;
        String port = hostAndPort.contains(":") ? hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1) : "3306";
        MariaDbTools tools = MariaDbTools.system(MariaDbTools.embedded(embeddedHome));
        if (tools == null) {
            throw new IOException("mariadb-dump and mariadb are needed for the database ANXIN_DB_URL names:"
                    + " apt-get install mariadb-client");
        }
        // the account goes to the tools in an owner-only option file, never on their command line
        Path options = Files.createTempFile("anxin-db-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder text = new StringBuilder("[client]\n");
        if (user != null && !user.isEmpty()) {
            text.append("user=").append(quoted(user)).append('\n');
        }
        if (password != null && !password.isEmpty()) {
            text.append("password=").append(quoted(password)).append('\n');
        }
        text.append("host=").append(quoted(host)).append("\nport=").append(port).append("\nprotocol=TCP\n");
        Files.writeString(options, text, StandardCharsets.UTF_8);
        return new DatabaseAccess(tools, List.of("--defaults-extra-file=" + options), database,
                "the database " + database + " on " + host + ":" + port, null, options);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static boolean answers(MariaDbTools tools, List<String> arguments) {
        try {
            tools.query(arguments, "SELECT 1;");
            return true;
        } catch (IOException notRunning) {
            return false;
        }
    }

    MariaDbTools tools() {
        return tools;
    }

    /** The tools' connection arguments (an option file first, as they require). */
    List<String> arguments() {
        return arguments;
    }

    /** The connection arguments followed by {@code more}. */
    List<String> arguments(String... more) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return all;
    }

    String database() {
        return database;
    }

    String description() {
        return description;
    }

    /** How many tables the database holds: 0 when it is empty or not there. */
    int tables() throws IOException {
        String count = tools.query(arguments, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                + database + "';").strip();
        return Integer.parseInt(count);
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
        if (optionFile != null) {
            try {
                Files.deleteIfExists(optionFile);
            } catch (IOException e) {
                System.err.println("anxin: could not delete " + optionFile + ": " + e.getMessage());
            }
        }
    }
}
