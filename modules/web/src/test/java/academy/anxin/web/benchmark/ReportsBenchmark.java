package academy.anxin.web.benchmark;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16's scale benchmark (run by {@code setup/bench/reports} against a running platform on a fresh database;
 * not a test): a region's coordinators open their dashboard while the platform holds 200 organizations in 20
 * districts (4 cities of 5 districts, in 3 provinces), and first one tenth, then all of 60,000 volunteers,
 * 3,000,000 practice sessions and 400,000 exam attempts, with credentials (tiers and endorsements, some expiring
 * soon). Prints figures, asserts nothing.
 *
 * <p>The data is written with bulk SQL ({@code INSERT ... SELECT} over MariaDB's sequence tables, batched inserts
 * for credentials), as a restore or a migration would, so the summaries the dashboard reads are rebuilt from the
 * ledgers through the platform admin's page, and that time is printed too. Then, per scale, each coordinator
 * (a district's: 10 organizations; a city's: 50; a province's: 100) loads the dashboard 20 times to warm up and
 * {@code bench.requests} (200) times measured, one after the other, and the p50 and p95 of the whole page (server
 * and transfer, on this machine) are printed; so does the admin of one organization (about 300 members) with its
 * report page for the default period (the last six months).
 *
 * <p>Properties: {@code bench.base} (http://localhost:8098), {@code bench.db.url}
 * (jdbc:mariadb://127.0.0.1:3306/anxin_bench_reports?user=root), {@code bench.admin.password} (the platform admin's,
 * as the script starts it), {@code bench.requests} (200), {@code bench.scale} (1.0: the full data; the tenth is
 * always measured first).
 */
public final class ReportsBenchmark {

    private static final String BASE = System.getProperty("bench.base", "http://localhost:8098");
    private static final String DB_URL = System.getProperty("bench.db.url",
            "jdbc:mariadb://127.0.0.1:3306/anxin_bench_reports?user=root");
    private static final String ADMIN_EMAIL = System.getProperty("bench.admin.email", "admin@anxin.local");
    private static final String ADMIN_PASSWORD = System.getProperty("bench.admin.password", "");
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = 20;
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1.0"));

    private static final int ORGANIZATIONS = 200;
    private static final int VOLUNTEERS = 60_000;
    private static final int SESSIONS = 3_000_000;
    private static final int ATTEMPTS = 400_000;
    private static final String COORDINATOR_PASSWORD = "coordinating-the-region-2026";
    /** Four cities of five districts: Guangzhou and Shenzhen (Guangdong), Wuhan (Hubei), Beijing. */
    private static final String[] DISTRICTS = {
        "440103", "440104", "440105", "440106", "440111",
        "440303", "440304", "440305", "440306", "440307",
        "420102", "420103", "420104", "420105", "420106",
        "110101", "110102", "110105", "110106", "110107"};
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private long personBase;
    private long organizationBase;
    private int volunteersWritten;
    private int sessionsWritten;
    private int attemptsWritten;
    private long serial = 1;

    public static void main(String[] args) throws Exception {
        new ReportsBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "reports benchmark against %s (%d CPUs here, load average %s)%n", BASE,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        organizations();
        HttpClient admin = loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        List<Coordinator> coordinators = List.of(coordinator("district", DISTRICTS[3]),
                coordinator("city", "440100"), coordinator("province", "440000"));
        HttpClient orgAdmin = organizationAdmin(organizationBase + 3);
        List<String> lines = new ArrayList<>();
        for (double scale : SCALE >= 1.0 ? new double[] {0.1, 1.0} : new double[] {SCALE}) {
            grow(scale);
            long rebuild = rebuild(admin);
            System.out.printf(Locale.ROOT, "scale %.1f: %s; summaries rebuilt from the ledgers in %,d ms%n", scale,
                    counts(), rebuild);
            for (Coordinator c : coordinators) {
                Latencies latencies = measure(c);
                String line = String.format(Locale.ROOT, "scale %.1f, %s coordinator (%s, %d organizations): "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests", scale, c.level, c.region,
                        c.organizations, latencies.percentileMillis(0.50), latencies.percentileMillis(0.95),
                        latencies.percentileMillis(1.0), latencies.count());
                System.out.println(line);
                lines.add(line);
            }
            Latencies report = measure(orgAdmin, "/app/org/reports.xhtml?org=" + (organizationBase + 3),
                    "practice-months", "organization report");
            String line = String.format(Locale.ROOT, "scale %.1f, organization report page (%d members, the last"
                    + " six months): p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests", scale,
                    VOLUNTEERS / ORGANIZATIONS, report.percentileMillis(0.50), report.percentileMillis(0.95),
                    report.percentileMillis(1.0), report.count());
            System.out.println(line);
            lines.add(line);
        }
        System.out.println();
        System.out.println("summary (targets: dashboard p95 < 300 ms, organization report p95 < 200 ms; ten times the"
                + " data at most twice the time):");
        lines.forEach(System.out::println);
    }

    // ------------------------------------------------------------------------------------------------ the data

    private void organizations() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            organizationBase = max(sql, "idn_organization") + 1000;
            personBase = max(sql, "idn_person") + 1000;
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < ORGANIZATIONS; i++) {
                values.append(i == 0 ? "" : ",").append("(").append(organizationBase + i).append(", '基准机构 ")
                        .append(i).append("', 'Bench organization ").append(i).append("', 'HOTLINE', '基准地区', '")
                        .append(DISTRICTS[i % DISTRICTS.length]).append("', NOW(6))");
            }
            sql.executeUpdate("INSERT INTO idn_organization (id, name_zh, name_en, kind, region, region_code,"
                    + " created_at) VALUES " + values);
        }
        System.out.printf("%d organizations in %d districts%n", ORGANIZATIONS, DISTRICTS.length);
    }

    /** Adds volunteers, sessions, attempts and credentials up to {@code scale} of the full figures. */
    private void grow(double scale) throws SQLException {
        int volunteers = (int) Math.round(VOLUNTEERS * scale);
        int sessions = (int) Math.round(SESSIONS * scale);
        int attempts = (int) Math.round(ATTEMPTS * scale);
        long started = System.nanoTime();
        try (Connection db = db(); Statement sql = db.createStatement()) {
            if (volunteers > volunteersWritten) {
                sql.executeUpdate(("INSERT INTO idn_person (id, display_name, email, password_hash, preferred_language,"
                        + " privacy_consent_at, created_at) SELECT %d + seq, CONCAT('基准志愿者 ', seq),"
                        + " CONCAT('v', seq, '@bench.anxin.test'), 'not-a-login', 'ZH', NOW(6), NOW(6)"
                        + " FROM seq_%d_to_%d").formatted(personBase, volunteersWritten, volunteers - 1));
                // volunteer i belongs to organization i mod 200 (every member holds the volunteer role)
                sql.executeUpdate(("INSERT INTO idn_membership (person_id, organization_id, roles, joined_at)"
                        + " SELECT %d + seq, %d + seq MOD %d, 'VOLUNTEER', NOW(6) - INTERVAL 2 YEAR"
                        + " FROM seq_%d_to_%d").formatted(personBase, organizationBase, ORGANIZATIONS,
                        volunteersWritten, volunteers - 1));
                credentials(db, volunteersWritten, volunteers);
            }
            for (int from = sessionsWritten; from < sessions; from += 500_000) {
                int to = Math.min(sessions, from + 500_000);
                // session j: volunteer j mod V in their organization; 97 % approved, 2 % waiting, 1 % returned;
                // six modalities in turn (two of them training), over the last 18 months
                sql.executeUpdate(("INSERT INTO prc_session (volunteer_id, organization_id, supervisor_id,"
                        + " session_date, start_time, minutes, modality, population, risk_level, reflection, status,"
                        + " submitted_at, decided_by, decided_at, created_at)"
                        + " SELECT %1$d + seq MOD %3$d, %2$d + (seq MOD %3$d) MOD %4$d, %2$d,"
                        + " CURDATE() - INTERVAL (seq MOD 540) DAY, '10:00:00', 30 + seq MOD 91,"
                        + " ELT(1 + seq MOD 6, 'HOTLINE', 'ONLINE_CHAT', 'FACE_TO_FACE', 'GROUP', 'ROLE_PLAY',"
                        + " 'OBSERVATION'), ELT(1 + seq MOD 7, 'GENERAL_PUBLIC', 'DISABILITY', 'DISASTER_OR_EPIDEMIC',"
                        + " 'YOUTH', 'OLDER_ADULTS', 'BEREAVED', 'FRONTLINE_WORKERS'),"
                        + " ELT(1 + seq MOD 3, 'LOW', 'MEDIUM', 'HIGH'), '基准实践记录',"
                        + " CASE WHEN seq MOD 100 < 97 THEN 'APPROVED' WHEN seq MOD 100 < 99 THEN 'SUBMITTED'"
                        + " ELSE 'RETURNED' END,"
                        + " TIMESTAMP(CURDATE() - INTERVAL (seq MOD 540) DAY, '12:00:00'),"
                        + " CASE WHEN seq MOD 100 < 97 THEN %2$d END,"
                        + " CASE WHEN seq MOD 100 < 97 THEN TIMESTAMP(CURDATE() - INTERVAL (seq MOD 540) DAY, '20:00:00') END,"
                        + " NOW(6) FROM seq_%5$d_to_%6$d").formatted(personBase, organizationBase, volunteers,
                        ORGANIZATIONS, from, to - 1));
            }
            if (attempts > attemptsWritten) {
                sql.executeUpdate(("INSERT INTO asm_attempt (exam_code, exam_version, person_id, open_exam, status,"
                        + " seed, extended_time, pass_mark, started_at, deadline, submitted_at, submitted_by,"
                        + " score_right, score_total, passed, breakdown)"
                        + " SELECT 'EXAM-L1', 1, %d + seq MOD %d, NULL, 'SUBMITTED', seq, FALSE, 0.8000,"
                        + " NOW(6) - INTERVAL (seq MOD 540) DAY, NOW(6) - INTERVAL (seq MOD 540) DAY + INTERVAL 1 HOUR,"
                        + " NOW(6) - INTERVAL (seq MOD 540) DAY + INTERVAL 40 MINUTE, 'VOLUNTEER', 10 + seq MOD 11,"
                        + " 20, 10 + seq MOD 11 >= 16, NULL FROM seq_%d_to_%d").formatted(personBase, volunteers,
                        attemptsWritten, attempts - 1));
            }
        }
        volunteersWritten = Math.max(volunteersWritten, volunteers);
        sessionsWritten = Math.max(sessionsWritten, sessions);
        attemptsWritten = Math.max(attemptsWritten, attempts);
        System.out.printf(Locale.ROOT, "data written up to scale %.1f in %,d ms%n", scale,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Credentials of volunteers {@code from} to {@code to}: L1 for 70 %, L2 for 35 %, L3 for 10 %, L4 for 2 %; youth
     * 10 %, bereavement 6 %, disability 4 %; issued over the last two years for 24 months, so some end within 30
     * and 90 days.
     */
    private void credentials(Connection db, int from, int to) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement credential = db.prepareStatement("INSERT INTO crd_credential (id, number, holder_id,"
                + " kind, issued_at, evidence, approved_minutes, revocation_index, suspension_index, signed)"
                + " VALUES (?, ?, ?, ?, ?, '{}', 0, ?, ?, 'bench')");
             PreparedStatement event = db.prepareStatement("INSERT INTO crd_status_event (credential_id, kind, actor,"
                     + " at, period_from, period_until) VALUES (?, 'ISSUED', 'bench', ?, ?, ?)");
             Statement sql = db.createStatement()) {
            long idBase = max(sql, "crd_credential") + 1;
            long index = Math.max(max(sql, "crd_credential", "revocation_index"),
                    max(sql, "crd_credential", "suspension_index")) + 1;
            int rows = 0;
            for (int i = from; i < to; i++) {
                List<CredentialKind> kinds = new ArrayList<>();
                int percent = i % 100;
                if (percent < 70) {
                    kinds.add(CredentialKind.of(Tier.L1));
                }
                if (percent < 35) {
                    kinds.add(CredentialKind.of(Tier.L2));
                }
                if (percent < 10) {
                    kinds.add(CredentialKind.of(Tier.L3));
                }
                if (percent < 2) {
                    kinds.add(CredentialKind.of(Tier.L4));
                }
                if (i % 10 == 3) {
                    kinds.add(CredentialKind.of(Endorsement.YOUTH));
                }
                if (i % 17 < 1 || i % 50 == 7 || i % 50 == 9) {
                    kinds.add(CredentialKind.of(Endorsement.BEREAVEMENT));
                }
                if (i % 25 == 11) {
                    kinds.add(CredentialKind.of(Endorsement.DISABILITY));
                }
                Instant issued = Instant.now().minus(Duration.ofDays(1 + (i * 7L) % 700));
                Instant until = issued.atZone(ZoneOffset.UTC).plusMonths(24).toInstant();
                for (CredentialKind kind : kinds) {
                    long id = idBase++;
                    credential.setLong(1, id);
                    credential.setString(2, CredentialNumber.of(kind, 2026, serial++).text());
                    credential.setLong(3, personBase + i);
                    credential.setString(4, kind.code());
                    credential.setTimestamp(5, Timestamp.from(issued));
                    credential.setLong(6, index);
                    credential.setLong(7, index++);
                    credential.addBatch();
                    event.setLong(1, id);
                    event.setTimestamp(2, Timestamp.from(issued));
                    event.setTimestamp(3, Timestamp.from(issued));
                    event.setTimestamp(4, Timestamp.from(until));
                    event.addBatch();
                    if (++rows % 5000 == 0) {
                        credential.executeBatch();
                        event.executeBatch();
                    }
                }
            }
            credential.executeBatch();
            event.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private String counts() throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            return String.format(Locale.ROOT, "%,d volunteers, %,d practice sessions, %,d exam attempts, %,d credentials",
                    count(sql, "idn_membership"), count(sql, "prc_session"), count(sql, "asm_attempt"),
                    count(sql, "crd_credential"));
        }
    }

    // ------------------------------------------------------------------------------------------------ the platform

    private record Coordinator(String level, String region, int organizations, HttpClient client) {
    }

    /** A coordinator registered through the page, granted the region (as the platform admin's page does). */
    private Coordinator coordinator(String level, String region) throws Exception {
        String email = "coordinator." + level + "." + System.nanoTime() + "@bench.anxin.test";
        register("基准协调员 " + level, email);
        try (Connection db = db(); PreparedStatement grant = db.prepareStatement("INSERT INTO idn_coordinator"
                + " (person_id, region_code, granted_by, granted_at) SELECT id, ?, id, NOW(6) FROM idn_person"
                + " WHERE email = ?")) {
            grant.setString(1, region);
            grant.setString(2, email);
            grant.executeUpdate();
        }
        int within = 0;
        for (int i = 0; i < ORGANIZATIONS; i++) {
            String d = DISTRICTS[i % DISTRICTS.length];
            if (region.endsWith("0000") ? d.startsWith(region.substring(0, 2))
                    : region.endsWith("00") ? d.startsWith(region.substring(0, 4)) : d.equals(region)) {
                within++;
            }
        }
        return new Coordinator(level, region, within, loggedIn(email, COORDINATOR_PASSWORD));
    }

    /**
     * An organization's admin, registered through the page and made its admin in the database (as accepting an
     * invitation would): one of 200 organizations, so about 300 of the volunteers are its members.
     */
    private HttpClient organizationAdmin(long organizationId) throws Exception {
        String email = "org.admin." + System.nanoTime() + "@bench.anxin.test";
        register("基准机构管理员", email);
        try (Connection db = db(); PreparedStatement join = db.prepareStatement("INSERT INTO idn_membership"
                + " (person_id, organization_id, roles, joined_at) SELECT id, ?, 'ORG_ADMIN,VOLUNTEER', NOW(6)"
                + " FROM idn_person WHERE email = ?")) {
            join.setLong(1, organizationId);
            join.setString(2, email);
            join.executeUpdate();
        }
        return loggedIn(email, COORDINATOR_PASSWORD);
    }

    /** Registers a person through the registration page, as anyone would. */
    private static void register(String name, String email) throws Exception {
        HttpClient visitor = client();
        String page = get(visitor, "/register.xhtml").body();
        HttpResponse<String> registered = post(visitor, "/register.xhtml", "register", "register:submit",
                page, "register:name", name, "register:email", email, "register:password",
                COORDINATOR_PASSWORD, "register:consent", "on");
        if (registered.statusCode() >= 400) {
            throw new IllegalStateException("registration refused: " + registered.statusCode());
        }
    }

    private long rebuild(HttpClient admin) throws Exception {
        String page = get(admin, "/admin/coordinators.xhtml").body();
        long started = System.nanoTime();
        HttpResponse<String> done = post(admin, "/admin/coordinators.xhtml", "rebuild", "rebuild:submit", page);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (done.statusCode() != 200 || !done.body().contains("ms")) {
            throw new IllegalStateException("rebuild answered " + done.statusCode() + ": "
                    + done.body().replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ").strip());
        }
        return millis;
    }

    private Latencies measure(Coordinator c) throws Exception {
        return measure(c.client, "/app/region.xhtml?region=" + c.region, "region-organizations",
                c.level + " dashboard");
    }

    /** {@link #WARM_UP} requests, then {@link #REQUESTS} timed, one after the other; each must show {@code mark}. */
    private static Latencies measure(HttpClient client, String path, String mark, String what) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            check(get(client, path), mark, what);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> page = get(client, path);
            latencies.add(System.nanoTime() - started);
            check(page, mark, what);
        }
        return latencies;
    }

    private static void check(HttpResponse<String> page, String mark, String what) {
        if (page.statusCode() != 200 || !page.body().contains(mark)) {
            throw new IllegalStateException(what + " answered " + page.statusCode());
        }
    }

    private static HttpClient loggedIn(String email, String password) throws Exception {
        HttpClient client = client();
        String page = get(client, "/login.xhtml").body();
        HttpResponse<String> in = post(client, "/login.xhtml", "login", "login:submit", page, "login:email", email,
                "login:password", password);
        String location = in.headers().firstValue("Location").orElse("");
        if (in.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("login refused for " + email + " (HTTP " + in.statusCode() + ")");
        }
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSF postback of {@code form} with its button, the view state of {@code page}, and the fields given. */
    private static HttpResponse<String> post(HttpClient client, String path, String form, String button,
                                             String page, String... fields) throws Exception {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        StringBuilder body = new StringBuilder(encode(form) + "=" + encode(form) + "&" + encode(button) + "=x"
                + "&jakarta.faces.ViewState=" + encode(state.group(1)));
        // what PrimeFaces' script adds to every form under the Content-Security-Policy (refused without it)
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(encode(nonce.group(1)));
        }
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL);
    }

    private static long max(Statement sql, String table) throws SQLException {
        return max(sql, table, "id");
    }

    private static long max(Statement sql, String table, String column) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
