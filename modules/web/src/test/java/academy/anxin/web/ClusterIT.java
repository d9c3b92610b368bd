package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.application.LoginValidity;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.Eventually;
import academy.anxin.web.support.HttpPerson;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on one data grid and one database, behind HAProxy, started as {@code ./setup/run --cluster
 * 2} starts them (the launcher's own code, with the tests' database): sessions, JSF forms and exams with requests
 * alternating between the nodes; a node killed ({@code kill -9}) mid-exam losing no acknowledged answer; a
 * revocation through one node refused by the other within a second; the expiry job done once per round, not once
 * per node. Not Arquillian: the processes are the launcher's; this class only sends requests and reads the database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String PASSWORD = "nodes-come-and-go";
    private static final Path WORK = Path.of(System.getProperty("anxin.it.workdir", "target"));
    private static final Path LOG = WORK.resolve("cluster-it.log");

    private static Process launcher;
    private static CredentialSetup.Setup setup;
    private static String key;
    private static URI balancer;
    private static URI nodeA;
    private static URI nodeB;
    /** HTTP/1.1, as browsers speak to a plain-http balancer (no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        int port = freePorts(3);
        int grid = freePorts(2);
        balancer = URI.create("http://localhost:" + port + "/");
        nodeA = URI.create("http://127.0.0.1:" + (port + 1) + "/");
        nodeB = URI.create("http://127.0.0.1:" + (port + 2) + "/");
        Path home = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
        Path data = WORK.resolve("cluster-data");
        deleteRecursively(data);
        Path launcherJar = home.resolve("setup/launcher/target/anxin-launcher.jar");
        assertTrue(Files.isRegularFile(launcherJar), "the launcher is built before the web's tests: " + launcherJar);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", launcherJar.toString(), "--cluster", "2")
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        Map<String, String> env = builder.environment();
        env.put("ANXIN_HOME", home.toString());
        env.put("ANXIN_DATA_DIR", data.toString());
        env.put("ANXIN_HTTP_PORT", Integer.toString(port));
        env.put("ANXIN_GRID_PORT", Integer.toString(grid));
        env.put("ANXIN_CLUSTER_NAME", "anxin-it-" + RUN);
        env.put("ANXIN_DB_URL", System.getProperty(TestDatabase.URL_PROPERTY));
        env.remove("ANXIN_DB_USER");
        env.remove("ANXIN_DB_PASSWORD");
        env.put("ANXIN_ADMIN_EMAIL", PlatformWar.ADMIN_EMAIL);
        env.put("ANXIN_ADMIN_PASSWORD", PlatformWar.ADMIN_PASSWORD);
        env.put("ANXIN_JAVA_OPTS", "-Xmx768m");
        // the expiry job every minute rather than every hour, so that the test sees two nodes' rounds
        env.put("ANXIN_EXPIRY_MINUTE", "*");
        launcher = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
        while (!(ready(nodeA) && ready(nodeB) && ready(balancer))) {
            assertTrue(launcher.isAlive(), "the launcher stopped; see " + LOG);
            assertTrue(System.nanoTime() < deadline, "the cluster did not become ready; see " + LOG);
            Thread.sleep(1000);
        }
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("DG Size: 2"), "both nodes in one data grid; see " + LOG);
    }

    @AfterAll
    static void stop() throws Exception {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> children = launcher.descendants().toList();
        launcher.destroy(); // the launcher's own stop: balancer and nodes
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    @Order(1)
    void theBalancerSendsConsecutiveRequestsToBothNodesWithoutStickiness() throws Exception {
        // the balancer takes a node in after two passed checks a second apart: node B, started last, may need them
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!balancerSees("node-2") && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(balancer.resolve("health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, answer.statusCode());
            nodes.add(answer.headers().firstValue("X-Anxin-Node").orElse("?"));
        }
        assertEquals(Set.of("node-1", "node-2"), nodes);
    }

    @Test
    @Order(2)
    void aVolunteerRegistersLogsInAndWorksThroughPagesWithEachRequestOnTheOtherNode() throws Exception {
        String email = "cluster.pages." + RUN + "@example.cn";
        HttpPerson volunteer = register(email, "轮换志愿者" + RUN);
        for (String page : List.of("/app/home.xhtml", "/app/exams.xhtml", "/app/practice.xhtml", "/app/path.xhtml",
                "/app/records.xhtml", "/app/account.xhtml")) {
            HttpPerson.Answer shown = volunteer.get(page);
            assertEquals(200, shown.status(), page + " shown to the logged-in volunteer: " + shown);
        }
        assertTrue(volunteer.get("/app/account.xhtml").body().contains("轮换志愿者" + RUN), "their own account");
        // a JSF form shown by one node and posted to the other: the view state lives in the replicated session
        URI shownBy = volunteer.nextBase();
        HttpPerson.Answer account = volunteer.get("/app/account.xhtml");
        assertFalse(shownBy.equals(volunteer.nextBase()), "the postback goes to the other node");
        HttpPerson.Answer saved = volunteer.postback(account, "profile", "profile:save",
                Map.of("profile:name", "轮换后的名字" + RUN));
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.body().contains("已保存"), saved.toString());
        HttpPerson.Answer again = volunteer.get("/app/account.xhtml");
        assertTrue(again.body().contains("轮换后的名字" + RUN), again.toString());
        // a view-scoped page's second postback on the first node again: the view and its bean went both ways
        HttpPerson.Answer savedAgain = volunteer.postback(again, "profile", "profile:save",
                Map.of("profile:name", "轮换志愿者" + RUN));
        assertTrue(savedAgain.body().contains("已保存"), savedAgain.toString());
        // logging out on one node ends the session on both, and a copy of its cookies taken before is refused by
        // both (each node kept a copy of the session it served)
        String copied = volunteer.cookies(nodeA);
        assertTrue(copied.contains("JSESSIONID="), copied);
        HttpPerson.Answer home = volunteer.get("/app/home.xhtml");
        HttpPerson.Answer out = volunteer.postback(home, "logout", "logout:submit", Map.of());
        assertTrue(out.status() == 302 || out.status() == 303, out.toString());
        for (int i = 0; i < 2; i++) {
            HttpPerson.Answer after = volunteer.get("/app/home.xhtml");
            assertTrue(after.redirectsTo("/login.xhtml"), "logged out on every node: " + after);
        }
        // each node reads the login's end within LoginValidity.FRESH of the logout (at once where it happened)
        for (URI node : List.of(nodeA, nodeB)) {
            Eventually.within(LoginValidity.FRESH.plusSeconds(2), "the cookies from before the logout refused by "
                    + node, () -> HTTP.send(HttpRequest.newBuilder(node.resolve("app/home.xhtml"))
                            .header("Cookie", copied).build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        }
    }

    @Test
    @Order(3)
    void aCredentialRevokedThroughOneNodeIsRefusedByTheOtherWithinASecond() throws Exception {
        // made through the pages in Chromium on node A (the set-up's pages, as it does on one node)
        setup = CredentialSetup.organizationWithVolunteer(chromeOnA(), "cluster" + RUN);
        String number = CredentialSetup.credentialByRecognition(chromeOnA(), setup, "L1");
        key = CredentialSetup.apiKey(chromeOnA(), setup, 600);
        String body = "{\"volunteer\": {\"credentialNumber\": \"" + number + "\"}, \"requirement\": {\"minTier\":"
                + " \"L1\"}}";
        // node B has the holder's standing in memory before the revocation
        assertTrue(verify(nodeB, key, body).contains("\"allowed\":true"), verify(nodeB, key, body));
        assertTrue(verify(nodeA, key, body).contains("\"allowed\":true"), verify(nodeA, key, body));
        HttpPerson admin = HttpPerson.loggedIn(nodeA, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
        HttpPerson.Answer page = admin.get("/admin/credentials.xhtml");
        HttpPerson.Answer revoked = admin.postback(page, "revoke", "revoke:submit",
                Map.of("revoke:number", number, "revoke:reason", "集群测试：撤销后各节点一秒内拒绝"));
        long revokedAt = System.nanoTime();
        assertEquals(1, number("SELECT COUNT(*) FROM crd_status_event e JOIN crd_credential c"
                + " ON c.id = e.credential_id WHERE c.number = ? AND e.kind = 'REVOKED'", number), revoked.toString());
        String onB;
        do {
            Thread.sleep(20); // a few dozen calls a second, well inside the key's rate
            onB = verify(nodeB, key, body);
        } while (onB.contains("\"allowed\":true") && System.nanoTime() - revokedAt < 3_000_000_000L);
        long millis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertTrue(onB.contains("\"allowed\":false"), "refused by node B: " + onB);
        assertTrue(millis < 1000, "node B refused it " + millis + " ms after the revocation through node A");
        assertTrue(verify(nodeA, key, body).contains("\"allowed\":false"));
    }

    @Test
    @Order(4)
    void theExpiryJobRunsOncePerRoundNotOncePerNode() throws Exception {
        String number = CredentialSetup.credentialByRecognition(chromeOnA(), setup, "L2");
        // its validity ended yesterday (moved, rather than waited for)
        try (Connection db = db(); PreparedStatement past = db.prepareStatement("UPDATE crd_status_event e"
                + " JOIN crd_credential c ON c.id = e.credential_id SET e.period_from = DATE_SUB(UTC_TIMESTAMP(6),"
                + " INTERVAL 3 YEAR), e.period_until = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 DAY)"
                + " WHERE c.number = ? AND e.period_until IS NOT NULL")) {
            past.setString(1, number);
            assertTrue(past.executeUpdate() >= 1);
        }
        // both nodes' timers fire at second 0 of every minute (ANXIN_EXPIRY_MINUTE=*): one round passes between the
        // two readings of the lease (the first after this minute's round, the second after the next one's)
        if (LocalTime.now().getSecond() < 5) {
            waitForSecond(5);
        }
        long before = number("SELECT COALESCE(MAX(rounds), 0) FROM krn_lease WHERE name = ?", "credentials.expiry");
        Thread.sleep((60 - LocalTime.now().getSecond() + 15) * 1000L);
        long after = number("SELECT rounds FROM krn_lease WHERE name = ?", "credentials.expiry");
        assertEquals(1, after - before, "one take of the lease per minute, by one of the two nodes");
        assertEquals(1, number("SELECT COUNT(*) FROM crd_status_event e JOIN crd_credential c"
                + " ON c.id = e.credential_id WHERE c.number = ? AND e.kind = 'EXPIRED'", number), "expired once");
        assertEquals(1, number("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'CREDENTIAL_EXPIRED'"
                + " AND subject = ?", "credential:" + number), "audited once");
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("[node-1]") && log.contains("[node-2]"), "both nodes ran meanwhile");
    }

    @Test
    @Order(5)
    void anExamSurvivesItsNodeKilledMidwayWithEveryAcknowledgedAnswerKept() throws Exception {
        String email = "cluster.exam." + RUN + "@example.cn";
        HttpPerson volunteer = register(email, "轮换考生" + RUN);
        completeCourses(email, "E-YOUTH");
        HttpPerson.Answer exams = volunteer.get("/app/exams.xhtml");
        String button = exams.document().getElementById("exam-EXAM-E-YOUTH").selectFirst("input[type=submit]")
                .attr("name");
        HttpPerson.Answer started = volunteer.postback(exams, "exams", button, Map.of());
        assertTrue(started.redirectsTo("/app/exam.xhtml?attempt="), started.toString());
        long attempt = Long.parseLong(started.location().replaceAll(".*attempt=(\\d+).*", "$1"));
        Map<Integer, String> answers = answersFor(attempt);
        List<Integer> positions = new ArrayList<>(answers.keySet());
        int half = positions.size() / 2;
        Map<Integer, String> acknowledged = new LinkedHashMap<>();
        // the first half autosaved alternately through node A and node B
        for (int position : positions.subList(0, half)) {
            HttpPerson.Answer saved = autosave(volunteer, attempt, position, answers.get(position));
            assertEquals(200, saved.status(), "autosave of " + position + ": " + saved);
            acknowledged.put(position, answers.get(position));
        }
        // node B dies (kill -9); the next autosaves go through the balancer, which sends them to node A
        ProcessHandle nodeTwo = node("node-2");
        Runtime.getRuntime().exec(new String[] {"kill", "-9", Long.toString(nodeTwo.pid())}).waitFor();
        nodeTwo.onExit().get(30, TimeUnit.SECONDS);
        // addressed as 127.0.0.1, the host the session's cookies were set for
        HttpPerson throughBalancer = volunteer.via(
                List.of(URI.create("http://127.0.0.1:" + balancer.getPort() + "/")));
        for (int position : positions.subList(half, positions.size())) {
            HttpPerson.Answer saved = autosave(throughBalancer, attempt, position, answers.get(position));
            assertEquals(200, saved.status(), "autosave of " + position + " after the kill: " + saved);
            acknowledged.put(position, answers.get(position));
        }
        // every acknowledged answer is there at submit, submitted through the node that is left
        HttpPerson onA = volunteer.via(List.of(nodeA));
        HttpPerson.Answer page = onA.get("/app/exam.xhtml?attempt=" + attempt);
        assertEquals(200, page.status(), page.toString());
        assertEquals(asStored(attempt, acknowledged), storedAnswers(attempt), "every acknowledged answer stored");
        HttpPerson.Answer submitted = onA.postback(page, "finish", "finish:submit", Map.of());
        assertTrue(submitted.redirectsTo("exam-result.xhtml"), submitted.toString());
        assertEquals(1, number("SELECT COUNT(*) FROM asm_attempt WHERE id = ? AND status = 'SUBMITTED'"
                + " AND score_right IS NOT NULL", attempt));
        assertEquals(asStored(attempt, acknowledged), storedAnswers(attempt), "graded with every answer");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Registers through the pages, each request on the other node, and logs in the same way. */
    private static HttpPerson register(String email, String name) {
        HttpPerson person = HttpPerson.alternating(List.of(nodeA, nodeB));
        HttpPerson.Answer form = person.get("/register.xhtml");
        HttpPerson.Answer registered = person.postback(form, "register", "register:submit", Map.of(
                "register:name", name, "register:email", email, "register:password", PASSWORD,
                "register:consent", "on"));
        assertTrue(registered.redirectsTo("/login.xhtml"), registered.toString());
        // the confirmation is shown by the other node, which renders the page the redirect leads to
        HttpPerson.Answer login = person.get("/login.xhtml");
        assertTrue(login.body().contains("注册已受理"), "the registration's confirmation after the redirect: " + login);
        return person.logIn(email, PASSWORD);
    }

    private static boolean balancerSees(String node) throws Exception {
        return node.equals(HTTP.send(HttpRequest.newBuilder(balancer.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Anxin-Node").orElse(""));
    }

    /** Node A as Chromium addresses it (localhost, a secure context). */
    private static URI chromeOnA() {
        return URI.create("http://localhost:" + nodeA.getPort() + "/");
    }

    /** Waits until the wall clock is at {@code second} past a minute. */
    private static void waitForSecond(int second) throws InterruptedException {
        int now = LocalTime.now().getSecond();
        Thread.sleep(Math.floorMod(second - now, 60) * 1000L + 500);
    }

    private static HttpPerson.Answer autosave(HttpPerson person, long attempt, int position, String answer) {
        return person.post("/app/exam-answer", Map.of("attempt", Long.toString(attempt),
                "position", Integer.toString(position), "answer", answer), "X-Anxin-Autosave", "1");
    }

    /** An answer for each position of the attempt: the first option, or the options in their shown order. */
    private static Map<Integer, String> answersFor(long attempt) throws Exception {
        Map<Integer, String> answers = new LinkedHashMap<>();
        try (Connection db = db(); PreparedStatement query = db.prepareStatement("SELECT position, item_type,"
                + " LENGTH(option_order) FROM asm_attempt_item WHERE attempt_id = ? ORDER BY position")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int options = (rows.getInt(3) + 1) / 2;
                    List<String> order = new ArrayList<>();
                    for (int i = options - 1; i >= 0; i--) {
                        order.add(Integer.toString(i));
                    }
                    answers.put(rows.getInt(1), "ORDERING".equals(rows.getString(2)) ? String.join(",", order)
                            : Integer.toString(ThreadLocalRandom.current().nextInt(options)));
                }
            }
        }
        assertTrue(answers.size() >= 4, "an exam of several questions: " + answers);
        return answers;
    }

    /** Answers as the page sends them (positions in the shown order) as they are stored (the items' own options). */
    private static Map<Integer, String> asStored(long attempt, Map<Integer, String> given) throws Exception {
        Map<Integer, String> stored = new LinkedHashMap<>();
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(
                "SELECT position, option_order FROM asm_attempt_item WHERE attempt_id = ?")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String shown = given.get(rows.getInt(1));
                    if (shown != null) {
                        List<String> order = List.of(rows.getString(2).split(","));
                        stored.put(rows.getInt(1), String.join(",", java.util.Arrays.stream(shown.split(","))
                                .map(i -> order.get(Integer.parseInt(i))).toList()));
                    }
                }
            }
        }
        return stored;
    }

    private static Map<Integer, String> storedAnswers(long attempt) throws Exception {
        Map<Integer, String> stored = new LinkedHashMap<>();
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(
                "SELECT position, answer FROM asm_answer WHERE attempt_id = ? ORDER BY position")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return stored;
    }

    private static String verify(URI node, String key, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(node.resolve("api/v1/verifications"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
    }

    private static ProcessHandle node(String name) {
        return launcher.descendants().filter(p -> p.info().commandLine().orElse("").contains("--name " + name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " under the launcher"));
    }

    private static boolean ready(URI base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = 20_000 + ThreadLocalRandom.current().nextInt(20_000);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                try (ServerSocket probe = new ServerSocket(port)) {
                    probe.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }

    private static void completeCourses(String email, String... courses) throws Exception {
        try (Connection db = db(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO lrn_enrollment (person_id, course_id, started_at, last_activity_at, completed_at) "
                        + "SELECT p.id, c.id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                        + "FROM idn_person p JOIN lrn_course c ON c.code = ? AND c.is_current WHERE p.email = ?")) {
            for (String course : courses) {
                insert.setString(1, course);
                insert.setString(2, email);
                assertEquals(1, insert.executeUpdate(), course);
            }
        }
    }

    private static long number(String sql, Object parameter) throws Exception {
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
