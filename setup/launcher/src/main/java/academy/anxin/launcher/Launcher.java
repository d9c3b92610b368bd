package academy.anxin.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What {@code ./setup/run} starts: the platform WAR on Payara Micro, on the configured database or, when none is
 * configured, on an embedded MariaDB whose files live in the data folder. It prints the URL and the first-login
 * details once the platform is up, and on Ctrl-C stops Micro and then the database, in that order.
 *
 * <p>Environment: {@code ANXIN_HTTP_PORT} (8080), {@code ANXIN_DATA_DIR} (./data), {@code ANXIN_DB_URL} with
 * {@code ANXIN_DB_USER} and {@code ANXIN_DB_PASSWORD}, {@code ANXIN_ADMIN_EMAIL}, {@code ANXIN_ADMIN_PASSWORD},
 * {@code ANXIN_DEMO}, {@code ANXIN_JAVA_OPTS} (the platform JVM's options, {@value #DEFAULT_JAVA_OPTS}). Argument {@code --demo} seeds demonstration data (embedded database only, unless
 * {@code ANXIN_DEMO=true} says the configured one is meant for it). Argument {@code --cluster N} starts N nodes on
 * one data grid behind HAProxy instead of one Micro ({@link Cluster}).
 */
public final class Launcher {

    /**
     * Room for a cohort's sessions, and young collections kept short (G1 aims at 10 ms pauses rather than its
     * default 200): the API's p99 at half its peak went from 28 to 16 ms on a 2-core machine.
     */
    static final String DEFAULT_JAVA_OPTS = "-Xmx2g -XX:MaxGCPauseMillis=10";

    /**
     * {@code --nocluster} only stops Micro looking for other members: its data grid (Hazelcast) still starts and
     * listens on port 6900 of every interface ({@code --interfaces} and {@code --nohazelcast} change nothing then).
     * The platform keeps nothing in the grid (its timers are not persistent, sessions live in memory), so these
     * commands, run once Micro has booted, switch the grid off: only the HTTP port listens.
     */
    static final String POST_BOOT_COMMANDS = "post-boot.asadmin";

    private static final String FIRST_LOGIN_MARK = "[anxin-first-login]";
    private static final String READY_MARK = "Payara Micro URLs:";
    /** Logged by the platform when a setting breaks a rule (kernel's {@code SettingRefused.MARK}). */
    private static final String SETTING_REFUSED_MARK = "[anxin-setting-refused]";

    /** Set once the launcher itself is stopping (Ctrl-C, or after Micro ended): no more healing or messages. */
    private static volatile boolean stopping;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        boolean demo = List.of(args).contains("--demo");
        Path home = home(env);
        Path dataDir = dataDir(env, home);
        int httpPort = port(env.getOrDefault("ANXIN_HTTP_PORT", "8080"));
        Path war = home.resolve("modules/web/target/anxin-academy.war");
        Path micro = home.resolve("setup/launcher/target/payara-micro.jar");
        for (Path needed : List.of(war, micro)) {
            if (!Files.isRegularFile(needed)) {
                fail("missing " + needed + ": build first (./setup/run does)");
            }
        }
        String configuredUrl = env.get("ANXIN_DB_URL");
        if (demo && configuredUrl != null && !"true".equalsIgnoreCase(env.get("ANXIN_DEMO"))) {
            fail("--demo would write demonstration accounts into " + configuredUrl
                    + "; set ANXIN_DEMO=true if that database is meant for it");
        }
        Files.createDirectories(dataDir);

        EmbeddedDatabase embedded = null;
        String dbUrl;
        if (configuredUrl == null) {
            System.out.println("No ANXIN_DB_URL: starting the embedded MariaDB in " + dataDir.resolve("mariadb"));
            embedded = EmbeddedDatabase.start(dataDir.resolve("mariadb"));
            dbUrl = embedded.createDatabase("anxin");
        } else {
            dbUrl = withCredentials(configuredUrl, env.get("ANXIN_DB_USER"), env.get("ANXIN_DB_PASSWORD"));
        }

        int nodes = Cluster.nodes(List.of(args));
        if (nodes > 0) {
            Cluster.run(new Cluster.Settings(nodes, httpPort, env, home, dataDir, war, micro, dbUrl, demo), embedded);
            return;
        }

        // Micro's runtime folder holds nothing of ours, but a previous run's deployment in it would be deployed
        // again beside this one (the platform would start twice): start from an empty one each time
        deleteRecursively(dataDir.resolve("payara"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(env.getOrDefault("ANXIN_JAVA_OPTS", DEFAULT_JAVA_OPTS).trim().split("\\s+")));
        command.addAll(List.of("-jar", micro.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--rootdir", dataDir.resolve("payara").toString(),
                "--nocluster", "--postbootcommandfile", postBootCommands().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ANXIN_DB_URL", dbUrl);
        builder.environment().put("ANXIN_DATA_DIR", dataDir.toString());
        builder.environment().put("ANXIN_DEMO", Boolean.toString(demo));
        // the address printed in credentials and their QR codes: this machine's port unless one is configured
        builder.environment().putIfAbsent("ANXIN_PUBLIC_URL", "http://localhost:" + httpPort);
        Process platform = builder.start();

        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!stopping) {
                stopping = true;
                stop(platform, database);
            }
        }, "anxin-shutdown"));
        relay(platform, httpPort, dataDir, demo);
        int exit = platform.waitFor();
        if (!stopping) {
            // Micro ended on its own (killed, out of memory): nothing would serve, so the database stops too
            stopping = true;
            if (database != null) {
                database.close();
            }
            System.err.println(platformEnded(exit, dataDir, database != null));
        }
        System.exit(exit);
    }

    /** The one line said when Payara Micro ends without the launcher asking. */
    static String platformEnded(int exit, Path dataDir, boolean embedded) {
        String how = exit == 137 ? "was killed (SIGKILL)"
                : exit > 128 ? "was ended by signal " + (exit - 128)
                : "stopped with exit code " + exit;
        return "anxin: the platform (Payara Micro) " + how + (embedded ? "; the embedded database was stopped cleanly"
                : "") + ". Start it again with ./setup/run: everything in " + dataDir + " is kept.";
    }

    /** The post-boot commands, copied out of this jar for Micro to read. */
    static Path postBootCommands() throws IOException {
        return resourceFile(POST_BOOT_COMMANDS);
    }

    /** A resource of this jar copied to a temporary file (deleted when the launcher exits). */
    static Path resourceFile(String name) throws IOException {
        Path file = Files.createTempFile("anxin-" + name.replace('.', '-'), ".asadmin");
        file.toFile().deleteOnExit();
        try (java.io.InputStream commands = Launcher.class.getResourceAsStream(name)) {
            Files.copy(commands, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Copies Micro's output through, remembers the first-login lines, and prints a summary once it is up. */
    private static void relay(Process platform, int port, Path dataDir, boolean demo) throws IOException {
        List<String> firstLogin = new CopyOnWriteArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = readLine(lines)) != null) {
                String refused = settingRefused(line);
                if (refused != null) {
                    // one plain line instead of the failed deployment and stack trace that follow it
                    fail(refused + ". The platform did not start; change the setting and run again.");
                }
                System.out.println(line);
                int mark = line.indexOf(FIRST_LOGIN_MARK);
                if (mark >= 0) {
                    firstLogin.add(line.substring(mark + FIRST_LOGIN_MARK.length()).strip());
                }
                if (line.contains(READY_MARK)) {
                    Thread waiter = new Thread(() -> announceWhenReady(port, dataDir, demo, firstLogin), "anxin-ready");
                    waiter.setDaemon(true);
                    waiter.start();
                }
            }
        }
    }

    /** The next line, or null at the end, also when the stream closes because the platform is being stopped. */
    static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException closedAtShutdown) {
            return null;
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Micro says it is up even when the application failed to deploy: ask the readiness check instead. */
    private static void announceWhenReady(int port, Path dataDir, boolean demo, List<String> firstLogin) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    summary(port, dataDir, demo, firstLogin);
                    return;
                }
                Thread.sleep(1000);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.err.println("anxin: the platform did not become ready (GET /health/ready); see the log above.");
    }

    static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void summary(int port, Path dataDir, boolean demo, List<String> firstLogin) {
        String bar = "=".repeat(72);
        System.out.println(bar);
        System.out.println(" Anxin Academy 安心学苑 is running: http://localhost:" + port + "/");
        if (firstLogin.isEmpty()) {
            System.out.println(" Platform admin: the account created at the first start (ANXIN_ADMIN_EMAIL, or the");
            System.out.println(" generated password printed then).");
        } else {
            firstLogin.forEach(line -> System.out.println(" First login, " + line));
        }
        if (demo) {
            System.out.println(" Demo logins: " + dataDir.resolve("demo-access.txt"));
        }
        System.out.println(" Data: " + dataDir + "    Stop: Ctrl-C");
        System.out.println(bar);
    }

    private static void stop(Process platform, EmbeddedDatabase database) {
        if (platform.isAlive()) {
            platform.destroy();
            try {
                platform.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
        System.out.println("Anxin Academy stopped.");
    }

    /** The checkout the platform runs from ({@code ANXIN_HOME}, else the working folder). */
    static Path home(Map<String, String> env) {
        return Path.of(env.getOrDefault("ANXIN_HOME", ".")).toAbsolutePath().normalize();
    }

    /** The data folder ({@code ANXIN_DATA_DIR}, else {@code data} in the checkout). */
    static Path dataDir(Map<String, String> env, Path home) {
        return Path.of(env.getOrDefault("ANXIN_DATA_DIR", home.resolve("data").toString())).toAbsolutePath();
    }

    static String withCredentials(String url, String user, String password) {
        StringBuilder full = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        if (user != null && !user.isEmpty()) {
            full.append(separator).append("user=").append(URLEncoder.encode(user, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (password != null && !password.isEmpty()) {
            full.append(separator).append("password=").append(URLEncoder.encode(password, StandardCharsets.UTF_8));
        }
        return full.toString();
    }

    /** What the platform said of a setting it refuses, or null when the line says nothing of the kind. */
    static String settingRefused(String line) {
        int mark = line.indexOf(SETTING_REFUSED_MARK);
        return mark < 0 ? null : line.substring(mark + SETTING_REFUSED_MARK.length()).strip();
    }

    /** The HTTP port setting, refused in one line when it is not a port. */
    static int port(String setting) {
        try {
            int port = Integer.parseInt(setting.strip());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        fail("ANXIN_HTTP_PORT is refused: a port is a whole number from 1 to 65535, not \"" + setting + "\"");
        return -1;
    }

    static void fail(String message) {
        System.err.println("anxin: " + message);
        System.exit(2);
    }
}
