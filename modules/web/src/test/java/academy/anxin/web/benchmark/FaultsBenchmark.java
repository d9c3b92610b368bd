package academy.anxin.web.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 21's benchmark of failures (run by {@code setup/bench/faults}; not a test, asserts nothing): the platform
 * as {@code ./setup/run} starts it, launcher and embedded MariaDB included, while a cohort sits an exam.
 *
 * <ol>
 *   <li>{@link ExamCohortBenchmark}'s set-up and start for {@code bench.cohort} (500) volunteers.</li>
 *   <li>Everyone answers with autosave, as the page does: a save that fails (connection refused, 5xx) is sent again
 *   a second later, and a volunteer whose session is gone logs in again and goes on with the same attempt.</li>
 *   <li>A third of the way through the saves, Payara Micro is killed ({@code kill -9}); the launcher stops its
 *   database and exits, and is started again as a person would ({@code ./setup/run}) on the same data. Two thirds
 *   of the way, the embedded MariaDB is killed ({@code kill -9} of the pid in {@code data/mariadb/mysqld.pid}) and
 *   nobody does anything: the launcher restarts it. For each: seconds until the platform is ready again, and the
 *   answers to saves in between (5xx, how many were 503 with {@code Retry-After}, how many took over 2 s).</li>
 *   <li>Every acknowledged answer looked up in the database: acknowledged vs stored.</li>
 *   <li>200 connections load the login page for 60 s; the platform's heap after a full GC ({@code jcmd GC.run},
 *   then {@code GC.heap_info}) before and after.</li>
 * </ol>
 *
 * <p>Properties: {@code bench.home} (the checkout, "."), {@code bench.port} (8097), {@code bench.data} (the data
 * folder, made anew), {@code bench.cohort} (500), {@code bench.thinkTime} (2 s mean), {@code bench.loginSeconds} (60),
 * {@code bench.loginConnections} (200).
 */
public final class FaultsBenchmark {

    private static final Path HOME = Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize();
    private static final int PORT = Integer.getInteger("bench.port", 8097);
    private static final Path DATA = Path.of(System.getProperty("bench.data",
            HOME.resolve("modules/web/target/faults-data").toString())).toAbsolutePath();
    private static final Path LOG = DATA.resolveSibling("faults-platform.log");
    private static final double THINK_TIME_S = Double.parseDouble(System.getProperty("bench.thinkTime", "2"));
    private static final int LOGIN_SECONDS = Integer.getInteger("bench.loginSeconds", 60);
    private static final int LOGIN_CONNECTIONS = Integer.getInteger("bench.loginConnections", 200);
    private static final String BASE = "http://localhost:" + PORT;
    /** The same at every start on the data folder. */
    private static final String ADMIN_PASSWORD = "faults-keeper-" + ThreadLocalRandom.current().nextInt(1 << 30);
    /** A 5xx answered slower than this during an outage is not "fast". */
    private static final long FAST_NANOS = 2_000_000_000L;

    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "faults-clock");
        thread.setDaemon(true);
        return thread;
    });
    /** Logging in again after Payara's restart blocks on the page: on threads of their own, as a cohort's browsers. */
    private final java.util.concurrent.ExecutorService logins = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "faults-login");
        thread.setDaemon(true);
        return thread;
    });
    private Process launcher;
    private ExamCohortBenchmark cohort;

    /** One fault's window: from the kill until the platform is ready again, and what saves got meanwhile. */
    private static final class Window {
        final String name;
        volatile long from;
        volatile long to = Long.MAX_VALUE;
        final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder fast503 = new LongAdder();
        final LongAdder slow = new LongAdder();

        Window(String name) {
            this.name = name;
        }

        boolean covers(long nanos) {
            return from != 0 && nanos >= from && nanos <= to;
        }

        void note(String what) {
            answers.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private final Window payaraKill = new Window("kill -9 of Payara Micro, launcher started again");
    private final Window databaseKill = new Window("kill -9 of the embedded MariaDB, healed by the launcher");

    public static void main(String[] args) throws Exception {
        FaultsBenchmark bench = new FaultsBenchmark();
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopPlatform));
        try {
            bench.run();
        } finally {
            bench.stopPlatform();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("faults benchmark: platform on %s with its embedded MariaDB in %s (%d CPUs, load average"
                + " %s); platform log %s%n", BASE, DATA, Runtime.getRuntime().availableProcessors(), loadAverage(), LOG);
        deleteRecursively(DATA);
        Files.deleteIfExists(LOG);
        long ready = startPlatform();
        System.out.printf("platform ready in %.0f s%n", ready / 1e9);

        // ExamCohortBenchmark reads these when first used
        System.setProperty("bench.base", BASE);
        System.setProperty("bench.db.url", embeddedDatabaseUrl());
        System.setProperty("bench.cohort", System.getProperty("bench.cohort", "500"));
        System.setProperty("bench.startWindow", System.getProperty("bench.startWindow", "10"));
        cohort = new ExamCohortBenchmark();
        cohort.enlist();
        cohort.setUp();
        List<CohortVolunteer> started = cohort.synchronizedStart();

        answerThroughFaults(started);
        loginPageHeap();
    }

    // --- answering while things break ---------------------------------------------------------------------------

    private void answerThroughFaults(List<CohortVolunteer> started) throws Exception {
        int planned = 0;
        for (CohortVolunteer volunteer : started) {
            List<Integer> plan = new ArrayList<>();
            for (CohortVolunteer.Question question : volunteer.questions) {
                plan.add(question.position());
            }
            volunteer.plan = plan;
            planned += plan.size();
        }
        System.out.println();
        System.out.printf("== answering with autosave: %,d volunteers, %,d saves, think time mean %.1f s; Payara"
                + " killed after a third of them, MariaDB after two thirds%n", started.size(), planned, THINK_TIME_S);
        Latencies latencies = new Latencies();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        LongAdder sent = new LongAdder();
        AtomicLong acknowledged = new AtomicLong();
        CountDownLatch done = new CountDownLatch(started.size());
        long begin = System.nanoTime();
        for (CohortVolunteer volunteer : started) {
            save(volunteer, 0, think(), latencies, statuses, sent, acknowledged, done);
        }
        int third = planned / 3;
        waitFor(() -> acknowledged.get() >= third, Duration.ofMinutes(10));
        killPayaraAndStartAgain();
        waitFor(() -> acknowledged.get() >= 2L * third, Duration.ofMinutes(10));
        killDatabase();
        if (!done.await(15, TimeUnit.MINUTES)) {
            System.out.printf("gave up waiting: %,d volunteers still answering%n", done.getCount());
        }
        long elapsed = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("autosaves sent %,d in %,d ms; statuses %s%n", sent.sum(), elapsed, new TreeMap<>(statuses));
        ExamCohortBenchmark.Answering answering = cohort.check(started, latencies, sent.sum(), statuses, elapsed, 0);
        System.out.println();
        System.out.println("== summary (issue 21 targets: acknowledged = stored, database back in < 30 s without a"
                + " person, only fast 503s meanwhile)");
        System.out.printf("answers           %,d acknowledged, %,d of them stored as acknowledged, %d lost   %s%n",
                answering.acknowledged(), answering.acknowledged() - answering.lost(), answering.lost(),
                answering.lost() == 0 ? "[target met]" : "[TARGET MISSED]");
        for (Window window : List.of(payaraKill, databaseKill)) {
            double seconds = (window.to - window.from) / 1e9;
            long fiveXx = window.serverErrors.sum();
            System.out.printf("%-17s ready again after %.1f s; saves meanwhile: %s; 5xx %d, of which 503 with"
                    + " Retry-After within 2 s: %d; answers slower than 2 s: %d%s%n",
                    window == payaraKill ? "Payara killed" : "MariaDB killed", seconds,
                    new TreeMap<>(window.answers), fiveXx, window.fast503.sum(), window.slow.sum(),
                    window == databaseKill ? (seconds < 30 && fiveXx == window.fast503.sum()
                            ? "   [target met]" : "   [TARGET MISSED]") : "");
        }
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        System.out.printf("platform log      \"database is unreachable\" said %d times, \"answers again\" %d times,"
                + " %,d stack frames in all; launcher: \"MariaDB stopped unexpectedly\" %d, \"is back\" %d%n",
                count(log, "[anxin-database] the database is unreachable"),
                count(log, "[anxin-database] the database answers again"), count(log, "\tat "),
                count(log, "the embedded MariaDB stopped unexpectedly"), count(log, "the embedded MariaDB is back"));
        System.out.printf("load average      %s (client, platform and MariaDB share this machine)%n", loadAverage());
    }

    private long think() {
        return (long) (ThreadLocalRandom.current().nextDouble() * 2 * THINK_TIME_S * 1e9);
    }

    /** Sends the volunteer's save number {@code step} after {@code delay}, again until it is acknowledged. */
    private void save(CohortVolunteer volunteer, int step, long delay, Latencies latencies,
            Map<Integer, Integer> statuses, LongAdder sent, AtomicLong acknowledged, CountDownLatch done) {
        if (step == volunteer.plan.size()) {
            done.countDown();
            return;
        }
        clock.schedule(() -> {
            int position = volunteer.plan.get(step);
            List<Integer> answer = volunteer.given.computeIfAbsent(position,
                    p -> volunteer.questions.get(p).answer(List.of()));
            String form = "attempt=" + volunteer.attempt + "&position=" + position + "&answer="
                    + URLEncoder.encode(String.join(",", answer.stream().map(String::valueOf).toList()),
                            StandardCharsets.UTF_8);
            long sentAt = System.nanoTime();
            cohort.slots.submit(() -> {
                sent.increment();
                return cohort.http.post("/app/exam-answer", volunteer.session, form, "X-Anxin-Autosave", "1");
            }).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                int status = failure != null ? -1 : response.status();
                String what = failure != null ? "no answer (" + rootCause(failure) + ")" : Integer.toString(status);
                for (Window window : List.of(payaraKill, databaseKill)) {
                    if (window.covers(sentAt)) {
                        window.note(what);
                        if (status >= 500) {
                            window.serverErrors.increment();
                            if (status == 503 && response.retryAfter().isPresent() && now - sentAt < FAST_NANOS) {
                                window.fast503.increment();
                            }
                        }
                        if (now - sentAt >= FAST_NANOS) {
                            window.slow.increment();
                        }
                    }
                }
                statuses.merge(status, 1, Integer::sum);
                if (status == 200) {
                    latencies.add(now - sentAt);
                    volunteer.acknowledged.put(position, answer);
                    volunteer.acknowledgedSaves.merge(position, 1, Integer::sum);
                    acknowledged.incrementAndGet();
                    save(volunteer, step + 1, think(), latencies, statuses, sent, acknowledged, done);
                } else if (status == 302 || status == 401 || status == 403) {
                    // the session died with Payara: log in again (on a worker, not the client's I/O thread)
                    logins.execute(() -> {
                        try {
                            cohort.logIn(volunteer);
                        } catch (Exception notYet) {
                            // the next try logs in again
                        }
                        save(volunteer, step, 1_000_000_000L, latencies, statuses, sent, acknowledged, done);
                    });
                } else {
                    save(volunteer, step, 1_000_000_000L, latencies, statuses, sent, acknowledged, done);
                }
            });
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void killPayaraAndStartAgain() throws Exception {
        long pid = payaraPid();
        System.out.printf("%nkill -9 of Payara Micro (pid %d) after a third of the saves%n", pid);
        payaraKill.from = System.nanoTime();
        kill(pid);
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            System.out.println("the launcher did not exit within 60 s after Payara died");
        }
        String said = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("anxin: the platform (Payara Micro)")).reduce((a, b) -> b).orElse("");
        System.out.printf("the launcher exited (%d) %.1f s after the kill, saying: %s%n", launcher.exitValue(),
                (System.nanoTime() - payaraKill.from) / 1e9, said);
        System.out.println("starting it again on the same data, as ./setup/run would");
        startPlatform();
        payaraKill.to = System.nanoTime();
        // the database came back on a new port with the new launcher
        System.setProperty("bench.db.url", embeddedDatabaseUrl());
        System.out.printf("platform ready again %.1f s after the kill%n", (payaraKill.to - payaraKill.from) / 1e9);
    }

    private void killDatabase() throws Exception {
        long pid = databasePid();
        System.out.printf("%nkill -9 of the embedded MariaDB (pid %d) after two thirds of the saves; nobody steps"
                + " in%n", pid);
        databaseKill.from = System.nanoTime();
        kill(pid);
        Thread.sleep(200);
        waitFor(() -> status("/health/ready") == 200, Duration.ofMinutes(5));
        databaseKill.to = System.nanoTime();
        System.out.printf("platform ready again %.1f s after the kill%n",
                (databaseKill.to - databaseKill.from) / 1e9);
    }

    // --- the login page and the heap ---------------------------------------------------------------------------

    private void loginPageHeap() throws Exception {
        System.out.println();
        System.out.printf("== %d connections on the login page for %d s%n", LOGIN_CONNECTIONS, LOGIN_SECONDS);
        long pid = payaraPid();
        double before = heapAfterGc(pid);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + LOGIN_SECONDS * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(LOGIN_CONNECTIONS);
        try (BenchHttp http = new BenchHttp(BASE, LOGIN_CONNECTIONS, Duration.ofSeconds(30))) {
            for (int i = 0; i < LOGIN_CONNECTIONS; i++) {
                loadLoginPage(http, end, statuses, latencies, finished);
            }
            finished.await(LOGIN_SECONDS + 60L, TimeUnit.SECONDS);
        }
        double after = heapAfterGc(pid);
        System.out.printf("login page: %,d loads (%.0f/s), statuses %s, %s%n", latencies.count(),
                latencies.count() / (double) LOGIN_SECONDS, new TreeMap<>(statuses), latencies.summary());
        System.out.printf("heap after GC     before %.1f MB, after %.1f MB (%+.1f MB)   %s%n", before, after,
                after - before, Math.abs(after - before) < 16 ? "[flat]" : "[GREW]");
    }

    private void loadLoginPage(BenchHttp http, long end, Map<Integer, Integer> statuses, Latencies latencies,
            CountDownLatch finished) {
        if (System.nanoTime() > end) {
            finished.countDown();
            return;
        }
        long sentAt = System.nanoTime();
        http.get("/login.xhtml", null).whenComplete((reply, failure) -> {
            statuses.merge(failure == null ? reply.status() : -1, 1, Integer::sum);
            latencies.add(System.nanoTime() - sentAt);
            loadLoginPage(http, end, statuses, latencies, finished);
        });
    }

    /** The platform's heap in use right after a full collection, in MB ({@code jcmd}). */
    private static double heapAfterGc(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figures from jcmd: " + info);
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    // --- the platform's processes ------------------------------------------------------------------------------

    /** Starts the launcher as {@code ./setup/run} does and waits until the platform is ready; the nanoseconds it took. */
    private long startPlatform() throws Exception {
        long began = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", HOME.resolve("setup/launcher/target/anxin-launcher.jar").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().remove("ANXIN_DB_URL");
        builder.environment().put("ANXIN_HOME", HOME.toString());
        builder.environment().put("ANXIN_DATA_DIR", DATA.toString());
        builder.environment().put("ANXIN_HTTP_PORT", Integer.toString(PORT));
        builder.environment().put("ANXIN_CONTENT_DIR", HOME.resolve("content").toString());
        builder.environment().put("ANXIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        launcher = builder.start();
        waitFor(() -> {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher stopped; see " + LOG);
            }
            return status("/health/ready") == 200;
        }, Duration.ofMinutes(6));
        return System.nanoTime() - began;
    }

    private long payaraPid() {
        return launcher.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Payara Micro under the launcher")).pid();
    }

    private static long databasePid() throws IOException {
        return Long.parseLong(Files.readString(DATA.resolve("mariadb/mysqld.pid")).strip());
    }

    /** The embedded database's JDBC URL: its port from the server's command line, root's password from its folder. */
    private static String embeddedDatabaseUrl() throws IOException {
        String command = ProcessHandle.of(databasePid()).flatMap(p -> p.info().commandLine()).orElse("");
        Matcher port = Pattern.compile("--port=(\\d+)").matcher(command);
        Matcher password = Pattern.compile("(?m)^password=(.+)$")
                .matcher(Files.readString(DATA.resolve("mariadb/credentials")));
        if (!port.find() || !password.find()) {
            throw new IllegalStateException("cannot tell the embedded database's port or password: " + command);
        }
        return "jdbc:mariadb://127.0.0.1:" + port.group(1) + "/anxin?user=root&password=" + password.group(1);
    }

    private static void kill(long pid) throws Exception {
        run("kill", "-9", Long.toString(pid));
    }

    private void stopPlatform() {
        Process running = launcher;
        if (running == null || !running.isAlive()) {
            return;
        }
        List<ProcessHandle> children = running.descendants().toList();
        running.destroy(); // the launcher's own stop: Payara, then the database
        try {
            if (!running.waitFor(90, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private int status(String path) {
        try {
            return probe.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + patience.toSeconds() + " s in vain");
            }
            Thread.sleep(250);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
