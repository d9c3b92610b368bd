package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.AuditChain;
import academy.anxin.web.support.Browser;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Organizations from the platform admin down: the platform admin founds an organization and its first admin gets
 * a one-time password; that admin invites a registered volunteer, who accepts, and makes them a supervisor; an
 * invitation answers alike for registered and unregistered addresses, and a person who declines is no member; the
 * volunteer sees their roles and nothing of another organization; the audit trail holds it all and notices a
 * tampered row, and its signed checkpoints expose what the chain alone cannot: a row rewritten with every later
 * hash recomputed, the newest rows cut, a forged checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationAdminIT {

    private static final long RUN = System.nanoTime();
    private static final String VOLUNTEER = "zhao.lei." + RUN + "@example.cn";
    private static final String OTHER_ADMIN = "qian.yu." + RUN + "@example.cn";
    private static final String NEW_ADMIN = "sun.hui." + RUN + "@example.cn";
    private static final String PASSWORD = "a long volunteer passphrase";

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return new Browser(PlatformWar.base(deployed), language);
    }

    private static void register(Browser browser, String name, String email) {
        browser.open("/register.xhtml").type("register:name", name).type("register:email", email)
                .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
        assertTrue(browser.page().contains("注册已受理"), browser.page());
    }

    private static void login(Browser browser, String email, String password) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", password).submit("login:submit");
        assertTrue(browser.url().contains("/app/home.xhtml"), "login of " + email + ": " + browser.page());
    }

    private static long organizationIdOnPage(Browser browser, String nameZh) {
        String href = browser.all(By.cssSelector("a[title='成员管理 " + nameZh + "']")).get(0).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*org=(\\d+).*", "$1"));
    }

    @Test
    void organizationsMembersAndRolesFromThePlatformAdminDown() {
        String orgName = "东城区心理援助热线 " + RUN;
        String otherOrgName = "西城安心小屋 " + RUN;
        long orgId;
        long otherOrgId;
        String oneTimePassword;
        try (Browser people = browser("zh-CN")) {
            register(people, "赵磊", VOLUNTEER);
            register(people, "钱宇", OTHER_ADMIN);
        }

        try (Browser admin = browser("zh-CN")) {
            login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            admin.open("/admin/organizations.xhtml").assertAccessible();
            admin.submit("found:submit");
            assertTrue(admin.page().contains("此项为必填项"), "empty form is refused field by field: " + admin.page());

            admin.type("found:nameZh", orgName).type("found:nameEn", "Dongcheng Hotline")
                    .type("found:region", "北京市东城区").type("found:adminEmail", NEW_ADMIN)
                    .type("found:adminName", "孙慧");
            new org.openqa.selenium.support.ui.Select(admin.find("found:kind")).selectByValue("HOTLINE");
            admin.submit("found:submit");
            assertEquals(NEW_ADMIN, admin.text("founded-email"));
            oneTimePassword = admin.text("founded-password");
            assertEquals(16, oneTimePassword.length());
            admin.assertAccessible();
            orgId = organizationIdOnPage(admin, orgName);

            // an existing person as first admin: no password is made for them
            admin.type("found:nameZh", otherOrgName).type("found:nameEn", "Xicheng Community Room")
                    .type("found:region", "北京市西城区").type("found:adminEmail", OTHER_ADMIN);
            new org.openqa.selenium.support.ui.Select(admin.find("found:kind")).selectByValue("COMMUNITY_SITE");
            admin.submit("found:submit");
            assertEquals(OTHER_ADMIN, admin.text("founded-email"));
            assertFalse(admin.has("founded-password"));
            otherOrgId = organizationIdOnPage(admin, otherOrgName);
        }

        try (Browser orgAdmin = browser("zh-CN")) {
            login(orgAdmin, NEW_ADMIN, oneTimePassword);
            orgAdmin.open("/app/org/members.xhtml?org=" + orgId).assertAccessible();
            assertTrue(orgAdmin.page().contains(NEW_ADMIN), orgAdmin.page());

            // an address nobody registered gets the same answer as a registered one: the page tells nothing
            String nobody = "nobody." + RUN + "@example.cn";
            orgAdmin.type("add:email", nobody).submit("add:submit");
            assertTrue(orgAdmin.page().contains("已记录对 " + nobody + " 的邀请"), orgAdmin.page());
            orgAdmin.type("add:email", "not an email").submit("add:submit");
            assertTrue(orgAdmin.page().contains("电子邮箱格式不正确"), orgAdmin.page());

            orgAdmin.type("add:email", VOLUNTEER).submit("add:submit");
            assertTrue(orgAdmin.page().contains("已记录对 " + VOLUNTEER + " 的邀请"), orgAdmin.page());
            orgAdmin.assertAccessible();
            long toVolunteer = Invitations.pendingInvitation(VOLUNTEER, orgId);
            long toNobody = Invitations.pendingInvitation(nobody, orgId);
            assertEquals("等待答复", statusOf(orgAdmin, toVolunteer));
            assertEquals("等待答复", statusOf(orgAdmin, toNobody));
            assertFalse(orgAdmin.page().contains("赵磊"), "nothing of the person before they accept: " + orgAdmin.page());

            // the admin takes back the invitation to nobody
            orgAdmin.submit(orgAdmin.find("invitation-" + toNobody).findElement(By.cssSelector("input[type=submit]")));
            assertTrue(orgAdmin.page().contains("已撤回邀请"), orgAdmin.page());
            assertEquals("已撤回", statusOf(orgAdmin, toNobody));

            // the volunteer accepts in their account; only then are they a member
            Invitations.accept(PlatformWar.base(deployed), VOLUNTEER, PASSWORD, orgId);
            orgAdmin.open("/app/org/members.xhtml?org=" + orgId);
            assertEquals("已接受", statusOf(orgAdmin, toVolunteer));
            int row = rowOf(orgAdmin, "赵磊");
            orgAdmin.check("members:table:" + row + ":supervisor", true).submit("members:table:" + row + ":save");
            assertTrue(orgAdmin.page().contains("已保存 赵磊 的角色"), orgAdmin.page());
            assertTrue(orgAdmin.find("members:table:" + rowOf(orgAdmin, "赵磊") + ":supervisor").isSelected());

            // the only admin cannot drop the admin role and leave the organization unmanaged
            int self = rowOf(orgAdmin, "孙慧");
            orgAdmin.check("members:table:" + self + ":orgAdmin", false).submit("members:table:" + self + ":save");
            assertTrue(orgAdmin.page().contains("不能取消最后一位机构管理员"), orgAdmin.page());

            // another organization's members are not this admin's business
            orgAdmin.open("/app/org/members.xhtml?org=" + otherOrgId);
            assertTrue(orgAdmin.page().contains("无权访问"), orgAdmin.page());
            assertFalse(orgAdmin.page().contains(OTHER_ADMIN), orgAdmin.page());
        }

        // the other organization's admin sees nothing of the first's members or invitations, and invites the same
        // volunteer to their own: she declines, and is no member there
        try (Browser otherAdmin = browser("zh-CN")) {
            login(otherAdmin, OTHER_ADMIN, PASSWORD);
            for (String page : new String[] {"/app/org/members.xhtml?org=", "/app/org/credentials.xhtml?org="}) {
                otherAdmin.open(page + orgId);
                assertTrue(otherAdmin.page().contains("无权访问"), otherAdmin.page());
                assertFalse(otherAdmin.page().contains(VOLUNTEER) || otherAdmin.page().contains("赵磊"),
                        otherAdmin.page());
            }
            Invitations.invite(otherAdmin, otherOrgId, VOLUNTEER);
            long toVolunteer = Invitations.pendingInvitation(VOLUNTEER, otherOrgId);
            Invitations.decline(PlatformWar.base(deployed), VOLUNTEER, PASSWORD, otherOrgId);
            otherAdmin.open("/app/org/members.xhtml?org=" + otherOrgId);
            assertEquals("已谢绝", statusOf(otherAdmin, toVolunteer));
            assertFalse(otherAdmin.page().contains("赵磊"), "who declined is not a member: " + otherAdmin.page());
            otherAdmin.open("/app/org/credentials.xhtml?org=" + otherOrgId);
            assertFalse(otherAdmin.page().contains("赵磊"), otherAdmin.page());
        }

        try (Browser volunteer = browser("zh-CN")) {
            login(volunteer, VOLUNTEER, PASSWORD);
            String home = volunteer.page();
            assertTrue(home.contains(orgName) && home.contains("督导"), home);
            assertFalse(home.contains(otherOrgName), home);
            volunteer.open("/app/org/members.xhtml?org=" + orgId);
            assertTrue(volunteer.page().contains("无权访问"), "a supervisor is no org admin: " + volunteer.page());
            volunteer.open("/admin/organizations.xhtml");
            assertFalse(volunteer.page().contains(otherOrgName), volunteer.page());
        }
    }

    private static String statusOf(Browser browser, long invitation) {
        return browser.find("invitation-" + invitation).findElement(By.className("status")).getText();
    }

    private static int rowOf(Browser browser, String name) {
        for (int i = 0; i < 50; i++) {
            if (browser.has("name-" + i) && browser.text("name-" + i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed: " + browser.page());
    }

    @Test
    void theAuditTrailIsAppendOnlyAndATamperedRowIsFound() throws SQLException {
        try (Browser admin = browser("en-US");
             Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY))) {
            login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            admin.open("/admin/audit.xhtml").assertAccessible();
            assertTrue(admin.page().contains("LOGIN_SUCCEEDED"), admin.page());
            admin.submit("verify:submit");
            assertEquals("INTACT", admin.text("chain-state"));

            try (Statement sql = db.createStatement()) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> sql.executeUpdate("UPDATE krn_audit_event SET detail = 'nothing' WHERE seq = 2"));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }

            // someone with database rights goes further: drops the trigger and edits an entry
            String original;
            try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(
                    "SELECT actor FROM krn_audit_event WHERE seq = 2")) {
                row.next();
                original = row.getString(1);
                sql.execute("DROP TRIGGER krn_audit_event_no_update");
            }
            try {
                setActor(db, "person:999");
                admin.submit("verify:submit");
                assertEquals("BROKEN", admin.text("chain-state"));
                assertEquals("2", admin.text("result").replaceAll("\\D+", " ").trim().split(" ")[0]);
                assertTrue(admin.page().contains("有记录被修改"), admin.page());
            } finally {
                setActor(db, original);
                try (Statement sql = db.createStatement()) {
                    sql.execute("CREATE TRIGGER krn_audit_event_no_update BEFORE UPDATE ON krn_audit_event FOR EACH ROW "
                            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only'");
                }
            }
            admin.submit("verify:submit");
            assertEquals("INTACT", admin.text("chain-state"));
        }
    }

    private static void setActor(Connection db, String actor) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE krn_audit_event SET actor = ? WHERE seq = 2")) {
            update.setString(1, actor);
            assertEquals(1, update.executeUpdate());
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(PlatformWar.base(deployed).resolve(path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The newest published checkpoint once one covers at least {@code sequence}; written at start and each minute. */
    private JsonObject checkpointCovering(long sequence) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            HttpResponse<String> published = get("/api/v1/audit/checkpoints?after=0");
            assertEquals(200, published.statusCode(), published.body());
            JsonArray all = JsonBody.array(published.body());
            if (!all.isEmpty()) {
                JsonObject last = all.getJsonObject(all.size() - 1);
                if (last.getJsonNumber("sequence").longValue() >= sequence) {
                    return last;
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "no checkpoint reaches entry " + sequence);
            Thread.sleep(2000);
        }
    }

    /** One stored audit row, as read and as written back. */
    private record Row(long seq, LocalDateTime at, String actor, String action, String subject, String detail,
                       String address, String previous, String hash) {

        Row rehashed(String newPrevious, String newDetail) {
            String h = AuditChain.hash(newPrevious, seq, at.toInstant(ZoneOffset.UTC), actor, action, subject,
                    newDetail, address);
            return new Row(seq, at, actor, action, subject, newDetail, address, newPrevious, h);
        }
    }

    private static List<Row> rows(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet r = sql.executeQuery("SELECT seq, occurred_at, actor, "
                + "action, subject, detail, address, prev_hash, hash FROM krn_audit_event ORDER BY seq")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getObject(2, LocalDateTime.class), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
            }
        }
        return rows;
    }

    private static void rewrite(Connection db, List<Row> rows) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE krn_audit_event SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            for (Row row : rows) {
                update.setString(1, row.detail());
                update.setString(2, row.previous());
                update.setString(3, row.hash());
                update.setLong(4, row.seq());
                update.executeUpdate();
            }
        }
    }

    private static void insert(Connection db, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO krn_audit_event (seq, occurred_at, actor, "
                + "action, subject, detail, address, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setLong(1, row.seq());
                insert.setObject(2, row.at());
                insert.setString(3, row.actor());
                insert.setString(4, row.action());
                insert.setString(5, row.subject());
                insert.setString(6, row.detail());
                insert.setString(7, row.address());
                insert.setString(8, row.previous());
                insert.setString(9, row.hash());
                insert.executeUpdate();
            }
        }
    }

    private static void moveHead(Connection db, Row to) throws SQLException {
        try (PreparedStatement head = db.prepareStatement("UPDATE krn_audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            head.setLong(1, to.seq());
            head.setString(2, to.hash());
            assertEquals(1, head.executeUpdate());
        }
    }

    /** The admin's check, then what /health, /metrics and the banner on another page say about it. */
    private void assertFound(Browser admin, String state, String reasonText) throws Exception {
        admin.open("/admin/audit.xhtml").submit("verify:submit");
        assertEquals(state, admin.text("chain-state"), admin.page());
        boolean broken = "BROKEN".equals(state);
        if (broken) {
            assertTrue(admin.page().contains(reasonText), reasonText + " in " + admin.page());
        }
        admin.open("/admin/organizations.xhtml");
        assertEquals(broken, admin.has("audit-alarm"), "the banner on another admin page");
        if (broken) {
            assertEquals("alert", admin.find("audit-alarm").getAttribute("role"));
            assertTrue(admin.text("audit-alarm").contains(reasonText), admin.text("audit-alarm"));
        }
        // the check's details are the platform admin's: read with their session
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(PlatformWar.base(deployed)
                        .resolve("health/ready")).header("Cookie", admin.sessionCookies()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "a platform that can serve stays ready: " + health.body());
        JsonObject check = JsonBody.find(JsonBody.object(health.body()).getJsonArray("checks"), "name", "audit-trail");
        assertEquals("UP", check.getString("status"), health.body());
        assertEquals(Boolean.toString(!broken), check.getJsonObject("data").get("intact").toString().replace("\"", ""),
                health.body());
        Matcher gauge = Pattern.compile("(?m)^anxin_audit_intact(\\{[^}]*\\})?\\s+([0-9.]+)")
                .matcher(get("/metrics").body());
        assertTrue(gauge.find(), "anxin_audit_intact in /metrics");
        assertEquals(broken ? 0.0 : 1.0, Double.parseDouble(gauge.group(2)));
    }

    @Test
    void theAuditTrailRewrittenOrCutBehindThePlatformsBackIsFoundByItsSignedCheckpoints() throws Exception {
        try (Browser admin = browser("zh-CN");
             Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY))) {
            login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            // anchored up to the head as it stands: nothing the test does from here on moves the head forward, so
            // no checkpoint signs the forged state below (one would, rightly, keep the trail broken after the repair)
            long head;
            try (Statement sql = db.createStatement();
                 ResultSet r = sql.executeQuery("SELECT seq FROM krn_audit_head WHERE id = 1")) {
                r.next();
                head = r.getLong(1);
            }
            assertTrue(head >= 3, "a trail to tamper with: " + head);
            JsonObject anchored = checkpointCovering(head);
            long k = anchored.getJsonNumber("sequence").longValue();
            String jws = anchored.getString("jws");
            assertEquals(3, jws.split("\\.").length, "a compact JWS: " + jws);
            assertTrue(new String(java.util.Base64.getUrlDecoder().decode(jws.split("\\.")[0]),
                    StandardCharsets.UTF_8).contains("RS256"), jws);
            assertEquals(200, get("/.well-known/jwks.json").statusCode());
            assertEquals(400, get("/api/v1/audit/checkpoints?after=abc").statusCode());
            assertFound(admin, "INTACT", null);

            List<Row> original = rows(db);
            Row lastRow = original.get(original.size() - 1);
            try (Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER krn_audit_event_no_update");
                sql.execute("DROP TRIGGER krn_audit_event_no_delete");
            }
            try {
                // (1) entry 2 rewritten, every later hash and the head recomputed: the chain alone is consistent
                List<Row> forged = new ArrayList<>(original.subList(0, 1));
                for (Row row : original.subList(1, original.size())) {
                    String previous = forged.get(forged.size() - 1).hash();
                    forged.add(row.rehashed(previous, row.seq() == 2 ? "nothing happened" : row.detail()));
                }
                rewrite(db, forged);
                moveHead(db, forged.get(forged.size() - 1));
                assertFound(admin, "BROKEN", "重新计算了哈希");
                rewrite(db, original);
                moveHead(db, lastRow);
                assertFound(admin, "INTACT", null);

                // (2) the newest entries cut, from the checkpoint's entry on, and the head moved back
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("DELETE FROM krn_audit_event WHERE seq >= " + k);
                }
                moveHead(db, original.get((int) k - 2));
                assertFound(admin, "BROKEN", "最新的记录被截去");
                insert(db, original.subList((int) k - 1, original.size()));
                moveHead(db, lastRow);
                assertFound(admin, "INTACT", null);
            } finally {
                try (Statement sql = db.createStatement()) {
                    sql.execute("CREATE TRIGGER krn_audit_event_no_update BEFORE UPDATE ON krn_audit_event FOR EACH ROW "
                            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only'");
                    sql.execute("CREATE TRIGGER krn_audit_event_no_delete BEFORE DELETE ON krn_audit_event FOR EACH ROW "
                            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only'");
                }
            }

            // (3) a checkpoint line forged in the file: the right shape, a signature the platform never made
            Path file = Path.of(System.getProperty("anxin.it.workdir", "target"), "it-data", "audit",
                    "checkpoints.jsonl");
            byte[] kept = Files.readAllBytes(file);
            String[] parts = jws.split("\\.");
            String forgedLine = "{\"sequence\":" + k + ",\"hash\":\"" + anchored.getString("hash") + "\",\"at\":\""
                    + anchored.getString("at") + "\",\"jws\":\"" + parts[0] + "." + parts[1] + "."
                    + new StringBuilder(parts[2]).reverse() + "\"}\n";
            Files.writeString(file, forgedLine, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
            try {
                assertFound(admin, "BROKEN", "签名无效");
            } finally {
                Files.write(file, kept);
            }
            assertFound(admin, "INTACT", null);
        }
    }
}
