package academy.anxin.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code ./setup/run --cluster N}: N Payara Micro nodes on one data grid (Hazelcast) and one database, behind
 * HAProxy, round-robin, without sticky sessions.
 *
 * <ul>
 *   <li>Node {@code i} (1..N) listens on 127.0.0.1 only, HTTP port {@code ANXIN_NODE_PORT + i - 1} (default: the
 *   balancer's port + 1, so 8081, 8082, ...), its data-grid port {@code ANXIN_GRID_PORT + i - 1} (6910, 6911, ...),
 *   its runtime files in {@code data/payara-node-i}, its own files (search index, signed audit checkpoints, the
 *   demo's logins) in {@code data/node-i}.</li>
 *   <li>The grid: a cluster name of this data folder's own ({@code anxin-} and a digest of the folder's path, or
 *   {@code ANXIN_CLUSTER_NAME}), so that two checkouts on one machine never merge; members found by TCP/IP on the
 *   listed loopback ports (a port range is refused by Micro), bound to 127.0.0.1 only ({@code --interfaces},
 *   {@code -Dhazelcast.socket.bind.any=false}): no other machine can join or read it. There is no grid password:
 *   Micro 6 refuses {@code --clusterpassword} (Hazelcast 5's open-source edition has no member authentication;
 *   its group password is gone), so loopback binding is what keeps the grid private. Host-aware partitioning is
 *   off, since every member has the same address.</li>
 *   <li>HAProxy (Debian's, started in the foreground as a child) on {@code ANXIN_HTTP_PORT} (8080), its
 *   configuration written to {@code data/cluster/haproxy.cfg}: round-robin per request, each node checked on
 *   {@code /health/ready} every second, a connection refused by a dead node sent to another; every answer names
 *   the node that gave it in {@code X-Anxin-Node}.</li>
 * </ul>
 *
 * <p>A node that dies is said in one line and the others keep serving (the balancer stops sending it requests
 * within two seconds; sessions live on in the grid). When the last node is gone, the database is stopped and the
 * launcher exits, as with one node.
 */
final class Cluster {

    static final int MOST_NODES = 8;
    static final int DEFAULT_GRID_PORT = 6910;
    static final String POST_BOOT_COMMANDS = "post-boot-cluster.asadmin";
    /** Each node's heap by default: room for a share of a cohort's sessions and their backups in the grid. */
    static final String DEFAULT_NODE_JAVA_OPTS = "-Xmx1g -XX:MaxGCPauseMillis=10";

    record Settings(int nodes, int httpPort, Map<String, String> env, Path home, Path dataDir, Path war, Path micro,
            String dbUrl, boolean demo) {

        int nodePort(int index) {
            return firstNodePort() + index - 1;
        }

        int firstNodePort() {
            String setting = env.get("ANXIN_NODE_PORT");
            return setting == null ? httpPort + 1 : Launcher.port(setting);
        }

        int gridPort(int index) {
            String setting = env.get("ANXIN_GRID_PORT");
            return (setting == null ? DEFAULT_GRID_PORT : Launcher.port(setting)) + index - 1;
        }

        String clusterName() {
            String configured = env.get("ANXIN_CLUSTER_NAME");
            return configured != null && !configured.isBlank() ? configured.strip() : "anxin-" + digest(dataDir);
        }
    }

    private Cluster() {
    }

    /** The N of {@code --cluster N}, or 0 without it; refused in one line when it is not 2 to {@value #MOST_NODES}. */
    static int nodes(List<String> args) {
        int at = args.indexOf("--cluster");
        if (at < 0) {
            return 0;
        }
        String value = at + 1 < args.size() ? args.get(at + 1) : "";
        try {
            int nodes = Integer.parseInt(value);
            if (nodes >= 2 && nodes <= MOST_NODES) {
                return nodes;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        Launcher.fail("--cluster needs the number of nodes, 2 to " + MOST_NODES + ", not \"" + value + "\"");
        return -1;
    }

    /** The command that starts node {@code index} (1..N). */
    static List<String> nodeCommand(Settings settings, int index, Path postBoot) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(settings.env().getOrDefault("ANXIN_JAVA_OPTS", DEFAULT_NODE_JAVA_OPTS).trim()
                .split("\\s+")));
        command.add("-Dhazelcast.socket.bind.any=false");
        String members = IntStream.rangeClosed(1, settings.nodes())
                .mapToObj(i -> "127.0.0.1:" + settings.gridPort(i)).collect(Collectors.joining(","));
        command.addAll(List.of("-jar", settings.micro().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", Integer.toString(settings.nodePort(index)),
                "--rootdir", settings.dataDir().resolve("payara-node-" + index).toString(),
                "--name", "node-" + index,
                "--clustername", settings.clusterName(),
                "--interfaces", "127.0.0.1", "--startport", Integer.toString(settings.gridPort(index)),
                "--clustermode", "tcpip:" + members, "--nohostaware",
                "--postbootcommandfile", postBoot.toString()));
        return command;
    }

    /** HAProxy's configuration: the balancer on {@code port}, round-robin over the nodes, no stickiness. */
    static String haproxyConfig(Settings settings) {
        StringBuilder config = new StringBuilder("""
                # written by the launcher at each ./setup/run --cluster start; edits are lost
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    # a connection refused by a node that just died is tried on another
                    retries 3
                    option redispatch 1
                frontend anxin
                    bind :%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    # a busy node answers its check late, a dead one refuses it at once: only the second is out
                    timeout check 5s
                    http-response set-header X-Anxin-Node %%s
                    # an HTTP/2 upgrade (h2c: Java's HttpClient asks for one) would make the connection a tunnel to
                    # one node, with every later request on it there: requests stay HTTP/1.1 through the balancer
                    http-request del-header Upgrade if { req.hdr(upgrade) -i h2c }
                    http-request del-header HTTP2-Settings
                """.formatted(settings.httpPort()));
        for (int i = 1; i <= settings.nodes(); i++) {
            config.append("    server node-").append(i).append(" 127.0.0.1:").append(settings.nodePort(i))
                    .append(" check\n");
        }
        return config.toString();
    }

    /** Starts the nodes and the balancer, relays their output, and stops everything on Ctrl-C. */
    static void run(Settings settings, EmbeddedDatabase database) throws Exception {
        Path clusterDir = settings.dataDir().resolve("cluster");
        Files.createDirectories(clusterDir);
        Path haproxyConfig = clusterDir.resolve("haproxy.cfg");
        Files.writeString(haproxyConfig, haproxyConfig(settings));
        Path postBoot = Launcher.resourceFile(POST_BOOT_COMMANDS);

        List<Process> nodes = new CopyOnWriteArrayList<>();
        List<Process> balancer = new CopyOnWriteArrayList<>();
        List<String> firstLogin = new CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(balancer, nodes, database), "anxin-shutdown"));
        for (int i = 1; i <= settings.nodes(); i++) {
            Launcher.deleteRecursively(settings.dataDir().resolve("payara-node-" + i));
            ProcessBuilder builder = new ProcessBuilder(nodeCommand(settings, i, postBoot))
                    .redirectErrorStream(true);
            builder.environment().put("ANXIN_DB_URL", settings.dbUrl());
            // what a node keeps in files is its own: the search index (Lucene allows one writer per folder) and
            // the audit checkpoints it signed; the database and the grid are what the nodes share
            Path nodeData = settings.dataDir().resolve("node-" + i);
            Files.createDirectories(nodeData);
            builder.environment().put("ANXIN_DATA_DIR", nodeData.toString());
            builder.environment().remove("ANXIN_SEARCH_DIR");
            builder.environment().put("ANXIN_DEMO", Boolean.toString(settings.demo() && i == 1));
            builder.environment().put("ANXIN_NODE", "node-" + i);
            // each node's share of an API key's rate limit (identity's RateLimits)
            builder.environment().put("ANXIN_CLUSTER_NODES", Integer.toString(settings.nodes()));
            builder.environment().putIfAbsent("ANXIN_PUBLIC_URL", "http://localhost:" + settings.httpPort());
            if (stopping) {
                return;
            }
            Process node = builder.start();
            nodes.add(node);
            relay(node, "node-" + i, firstLogin);
            if (i == 1 && settings.nodes() > 1) {
                // the first node creates the schema (Flyway) and the first admin: the others start once it is up,
                // so that they do not race it for the migrations' lock on an empty database
                waitUntilReady(settings.nodePort(1), node);
            }
        }
        if (stopping) {
            return;
        }
        Process haproxy = new ProcessBuilder("haproxy", "-db", "-f", haproxyConfig.toString())
                .redirectErrorStream(true).start();
        balancer.add(haproxy);
        relay(haproxy, "haproxy", null);
        Thread announcer = new Thread(() -> {
            for (int i = 1; i <= settings.nodes(); i++) {
                waitUntilReady(settings.nodePort(i), nodes.get(i - 1));
            }
            if (nodes.stream().noneMatch(Process::isAlive)) {
                return;
            }
            // the demo's logins are written by the first node, into its own folder
            Launcher.summary(settings.httpPort(), settings.dataDir().resolve("node-1"), settings.demo(), firstLogin);
            System.out.println(" " + settings.nodes() + " nodes (grid " + settings.clusterName() + ") on ports "
                    + settings.nodePort(1) + "-" + settings.nodePort(settings.nodes())
                    + " behind HAProxy on " + settings.httpPort());
        }, "anxin-ready");
        announcer.setDaemon(true);
        announcer.start();

        // each node's end is said once; the last one's ends the launcher
        List<Thread> watchers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Process node = nodes.get(i);
            String name = "node-" + (i + 1);
            Thread watcher = new Thread(() -> {
                int exit = waitFor(node);
                if (!stopping) {
                    System.err.println("anxin: " + name + " (Payara Micro) " + how(exit)
                            + "; the other nodes go on serving through the balancer.");
                }
            }, "anxin-watch-" + name);
            watcher.start();
            watchers.add(watcher);
        }
        for (Thread watcher : watchers) {
            watcher.join();
        }
        if (!stopping) {
            stopping = true;
            haproxy.destroy();
            if (database != null) {
                database.close();
            }
            System.err.println("anxin: every node has ended" + (database != null
                    ? "; the embedded database was stopped cleanly" : "") + ". Start it again with ./setup/run --cluster "
                    + settings.nodes() + ": everything in " + settings.dataDir() + " is kept.");
            System.exit(2);
        }
    }

    private static volatile boolean stopping;

    private static String how(int exit) {
        return exit == 137 ? "was killed (SIGKILL)" : exit > 128 ? "was ended by signal " + (exit - 128)
                : "stopped with exit code " + exit;
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void stop(List<Process> balancer, List<Process> nodes, EmbeddedDatabase database) {
        if (stopping) {
            return;
        }
        stopping = true;
        balancer.forEach(Process::destroy);
        nodes.forEach(Process::destroy);
        nodes.forEach(Cluster::waitFor);
        balancer.forEach(Cluster::waitFor);
        if (database != null) {
            database.close();
        }
        System.out.println("Anxin Academy stopped.");
    }

    /** Copies a process's output, each line prefixed with its name; the first node's first-login lines kept. */
    private static void relay(Process process, String name, List<String> firstLogin) {
        Thread relay = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = Launcher.readLine(lines)) != null) {
                    String refused = Launcher.settingRefused(line);
                    if (refused != null) {
                        Launcher.fail(refused + ". The platform did not start; change the setting and run again.");
                    }
                    System.out.println("[" + name + "] " + line);
                    int mark = line.indexOf("[anxin-first-login]");
                    if (firstLogin != null && mark >= 0) {
                        firstLogin.add(line.substring(mark + "[anxin-first-login]".length()).strip());
                    }
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "anxin-relay-" + name);
        relay.setDaemon(true);
        relay.start();
    }

    /** Waits (up to six minutes) until the node answers ready, or has died. */
    private static void waitUntilReady(int port, Process node) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (node.isAlive() && !stopping && System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Launcher.sleepQuietly();
        }
        if (node.isAlive()) {
            System.err.println("anxin: the node on port " + port + " did not become ready (GET /health/ready)");
        }
    }

    private static String digest(Path folder) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
