package academy.anxin.web.benchmark;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Case matching under load (issue 17): {@code POST /api/v1/matches} for an organization of 5,000 volunteers, run
 * by {@code setup/bench/matching} against a platform started with {@code --demo} on a fresh database.
 *
 * <ol>
 *   <li>Seeds the demo organization (the one of the demo API key) with {@code bench.volunteers} members, straight
 *       into the tables as a year of use would leave them: each holds a helpline tier (L2); one in four the crisis
 *       tier (L3), one in ten the bereavement endorsement, one in seven the youth one, all as valid as the demo
 *       volunteer's credential (its status events are copied); one in three has approved practice with bereaved
 *       people at high or medium risk. Skipped when the members are there already.</li>
 *   <li>Warms up, then finds the peak: {@code bench.concurrency} callers in a closed loop for {@code bench.seconds}
 *       seconds, a HIGH-risk bereavement case (L3 and BEREAVEMENT: a few hundred of the 5,000 may take it, each
 *       ranked).</li>
 *   <li>Calls at half that rate, each call started on a fixed schedule whatever the previous one is doing (an open
 *       loop, so a slow answer cannot hide the ones waiting behind it), and prints p50 and p99 (target: p99 under
 *       20 ms), each timed from when it was due; then at a quarter of it, to tell the server's tail from the two
 *       cores' contention with the caller.</li>
 * </ol>
 * Properties: {@code bench.base}, {@code bench.db} (JDBC URL, user root or {@code bench.dbUser}), {@code bench.key},
 * {@code bench.volunteers} (5000), {@code bench.concurrency} (8), {@code bench.seconds} (20), {@code bench.warmup} (30).
 */
public final class MatchingBenchmark {

    static final String BODY = "{\"population\":\"BEREAVED\",\"riskLevel\":\"HIGH\",\"channel\":\"HOTLINE\"}";

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.base", "http://localhost:8099/"));
        String db = System.getProperty("bench.db");
        String key = System.getProperty("bench.key");
        int volunteers = Integer.getInteger("bench.volunteers", 5000);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 30);

        long organization;
        try (Connection connection = DriverManager.getConnection(db, System.getProperty("bench.dbUser", "root"),
                System.getProperty("bench.dbPassword", ""))) {
            organization = organizationOf(connection, key);
            seed(connection, organization, volunteers);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/matches"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200 || !first.body().contains("\"anyone\":true")) {
            throw new IllegalStateException("the match does not answer as it should: " + first.statusCode() + " "
                    + first.body());
        }
        System.out.println("one match: " + first.body().substring(0, Math.min(300, first.body().length())) + "…");

        System.out.printf("warming up: %d s, %d callers%n", warmup, concurrency);
        closedLoop(http, request, concurrency, warmup);
        System.out.printf("peak: %d callers in a closed loop for %d s%n", concurrency, seconds);
        Phase peak = closedLoop(http, request, concurrency, seconds);
        double half = peak.rate() / 2;
        System.out.printf("half the peak: %.0f calls/s, each started on schedule, for %d s%n", half, seconds);
        Phase paced = openLoop(http, request, half, seconds);
        // and at a quarter: with the caller on the same two cores, how much of the tail is the machine's contention
        System.out.printf("a quarter of the peak: %.0f calls/s, each started on schedule, for %d s%n", half / 2,
                seconds);
        Phase quarter = openLoop(http, request, half / 2, seconds);

        System.out.println();
        System.out.printf("== Matching benchmark (%d CPUs, the caller on the same machine; %d members in the "
                + "organization) ==%n", Runtime.getRuntime().availableProcessors(), members(db, organization));
        System.out.printf("%-40s %9s  %s%n", "POST /api/v1/matches", "calls/s", "latency");
        System.out.printf("%-40s %9.0f  %s%n", "peak (closed loop)", peak.rate(), peak.latencies().summary());
        System.out.printf("%-40s %9.0f  %s%n", "about half the peak (open loop)", paced.rate(),
                paced.latencies().summary());
        System.out.printf("%-40s %9.0f  %s%n", "a quarter of the peak (open loop)", quarter.rate(),
                quarter.latencies().summary());
        double p99 = paced.latencies().percentileMillis(0.99);
        System.out.printf("p99 at about half the peak: %.1f ms (target < 20 ms: %s); failed calls: %d + %d%n", p99,
                p99 < 20 ? "met" : "NOT met", peak.failed(), paced.failed() + quarter.failed());
    }

    record Phase(double rate, Latencies latencies, long failed) {
    }

    private static Phase closedLoop(HttpClient http, HttpRequest request, int callers, int seconds)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Phase(latencies.count() / (double) seconds, latencies, failed.get());
    }

    private static Phase openLoop(HttpClient http, HttpRequest request, double rate, int seconds)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failed = new AtomicLong();
        long interval = Math.max(1, (long) (1e9 / rate));
        long calls = (long) (rate * seconds);
        List<CompletableFuture<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicLong started = new AtomicLong();
        long began = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            long n = started.getAndIncrement();
            if (n >= calls) {
                return;
            }
            // timed from when the call was due, not from when this thread got round to it: a pause of the caller
            // (its collector, or the scheduler catching up late runs in a burst) counts against the call too
            long due = began + n * interval;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) -> {
                if (error == null && answer.statusCode() == 200) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    failed.incrementAndGet();
                }
            }));
        }, 0, interval, TimeUnit.NANOSECONDS);
        while (started.get() < calls) {
            Thread.sleep(50);
        }
        clock.shutdownNow();
        synchronized (pending) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        return new Phase(latencies.count() / elapsed, latencies, failed.get());
    }

    private static long organizationOf(Connection db, String key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT organization_id FROM idn_api_key WHERE key_prefix = ? AND revoked_at IS NULL")) {
            query.setString(1, key.substring(0, 12));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no organization has the key " + key.substring(0, 12) + "…");
                }
                return rows.getLong(1);
            }
        }
    }

    private static long members(String url, long organization) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, System.getProperty("bench.dbUser", "root"),
                System.getProperty("bench.dbPassword", ""));
             PreparedStatement query = db.prepareStatement(
                     "SELECT COUNT(*) FROM idn_membership WHERE organization_id = ?")) {
            query.setLong(1, organization);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The organization's volunteers, credentials and approved practice, as described in the class comment. */
    static void seed(Connection db, long organization, int volunteers) throws SQLException {
        if (number(db, "SELECT COUNT(*) FROM idn_person WHERE email LIKE 'bench.match.%'") >= volunteers) {
            System.out.println("the organization's " + volunteers + " volunteers are there already");
            return;
        }
        long started = System.nanoTime();
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        long template = number(db, "SELECT MIN(id) FROM crd_credential");
        String hash = text(db, "SELECT password_hash FROM idn_person ORDER BY id LIMIT 1");
        long supervisor = number(db, "SELECT MIN(id) FROM idn_person");
        long index = number(db, "SELECT GREATEST(MAX(revocation_index), MAX(suspension_index)) + 1 FROM crd_credential");
        long serial = 5_000_000;
        try (PreparedStatement person = db.prepareStatement("INSERT INTO idn_person (display_name, email, "
                + "password_hash, preferred_language, privacy_consent_at, created_at) VALUES (?, ?, ?, 'ZH', ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement member = db.prepareStatement("INSERT INTO idn_membership (person_id, organization_id, "
                     + "roles, joined_at) VALUES (?, ?, 'VOLUNTEER', ?)");
             PreparedStatement credential = db.prepareStatement("INSERT INTO crd_credential (number, holder_id, kind, "
                     + "issued_at, evidence, approved_minutes, revocation_index, suspension_index, signed) "
                     + "SELECT ?, ?, ?, issued_at, evidence, approved_minutes, ?, ?, signed FROM crd_credential "
                     + "WHERE id = ?", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement events = db.prepareStatement("INSERT INTO crd_status_event (credential_id, kind, actor, "
                     + "reason, at, period_from, period_until) SELECT ?, kind, actor, reason, at, period_from, "
                     + "period_until FROM crd_status_event WHERE credential_id = ? ORDER BY id");
             PreparedStatement session = db.prepareStatement("INSERT INTO prc_session (volunteer_id, organization_id, "
                     + "supervisor_id, session_date, start_time, minutes, modality, population, risk_level, reflection, "
                     + "status, submitted_at, decided_by, decided_at, created_at) VALUES (?, ?, ?, CURRENT_DATE, "
                     + "'10:00:00', ?, 'HOTLINE', 'BEREAVED', ?, '倾听、评估风险并转介。', 'APPROVED', ?, ?, ?, ?)")) {
            for (int i = 1; i <= volunteers; i++) {
                person.setString(1, "压测志愿者" + i);
                person.setString(2, "bench.match." + i + "@example.invalid");
                person.setString(3, hash);
                person.setTimestamp(4, now);
                person.setTimestamp(5, now);
                person.executeUpdate();
                long id;
                try (ResultSet keys = person.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                member.setLong(1, id);
                member.setLong(2, organization);
                member.setTimestamp(3, now);
                member.addBatch();
                List<String> kinds = new ArrayList<>(List.of("L2"));
                if (i % 4 == 0) {
                    kinds.add("L3");
                }
                if (i % 10 == 0) {
                    kinds.add("BEREAVEMENT");
                }
                if (i % 7 == 0) {
                    kinds.add("YOUTH");
                }
                for (String kind : kinds) {
                    credential.setString(1, CredentialNumber.of(CredentialKind.parse(kind), 2026, serial++).text());
                    credential.setLong(2, id);
                    credential.setString(3, kind);
                    credential.setLong(4, index++);
                    credential.setLong(5, index++);
                    credential.setLong(6, template);
                    credential.executeUpdate();
                    try (ResultSet keys = credential.getGeneratedKeys()) {
                        keys.next();
                        events.setLong(1, keys.getLong(1));
                    }
                    events.setLong(2, template);
                    events.executeUpdate();
                }
                if (i % 3 == 0) {
                    session.setLong(1, id);
                    session.setLong(2, organization);
                    session.setLong(3, supervisor);
                    session.setInt(4, 30 + (i * 37) % 600);
                    session.setString(5, i % 2 == 0 ? "HIGH" : "MEDIUM");
                    session.setTimestamp(6, now);
                    session.setLong(7, supervisor);
                    session.setTimestamp(8, now);
                    session.setTimestamp(9, now);
                    session.addBatch();
                }
                if (i % 500 == 0) {
                    member.executeBatch();
                    session.executeBatch();
                    db.commit();
                }
            }
            member.executeBatch();
            session.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        System.out.printf("seeded %d volunteers in %.0f s%n", volunteers, (System.nanoTime() - started) / 1e9);
    }

    private static long number(Connection db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next() || rows.getString(1) == null) {
                throw new IllegalStateException("nothing for " + sql + " (was the platform started with --demo?)");
            }
            return rows.getString(1);
        }
    }
}
