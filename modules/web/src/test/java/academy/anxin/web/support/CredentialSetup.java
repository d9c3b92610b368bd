package academy.anxin.web.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Sets up credentials for tests through the real pages: an organization with its admin and a volunteer; a
 * credential earned by recognition of a prior qualification (the org admin submits, the platform admin decides);
 * API keys created and revoked on the org admin's page; suspension and reinstatement there too. Ids are read from
 * the database only where a page does not show them.
 */
public final class CredentialSetup {

    public static final String PASSWORD = "credentials-are-earned";

    private CredentialSetup() {
    }

    public record Setup(long organizationId, String orgAdminEmail, String volunteerEmail, long volunteerPersonId,
                        long memberId, String password) {
    }

    /** A new organization founded by the platform admin, its admin, and one volunteer member. */
    public static Setup organizationWithVolunteer(URI base, String run) {
        String admin = "crd.admin." + run + "@example.cn";
        String volunteer = "crd.volunteer." + run + "@example.cn";
        String org = "证书测试机构" + run;
        try (Browser people = new Browser(base, "zh-CN")) {
            register(people, "机构管理员" + run, admin);
            register(people, "持证志愿者" + run, volunteer);
        }
        long orgId;
        try (Browser platform = new Browser(base, "zh-CN")) {
            login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/organizations.xhtml");
            platform.type("found:nameZh", org).type("found:nameEn", "Credential Test " + run)
                    .type("found:region", "成都市").type("found:adminEmail", admin);
            new Select(platform.find("found:kind")).selectByValue("HOTLINE");
            platform.submit("found:submit");
            String href = platform.all(By.cssSelector("a[title='成员管理 " + org + "']")).get(0).getAttribute("href");
            orgId = Long.parseLong(href.replaceAll(".*org=(\\d+).*", "$1"));
        }
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            login(orgAdmin, admin, PASSWORD);
            Invitations.join(base, orgAdmin, orgId, volunteer, PASSWORD);
        }
        long person = number("SELECT id FROM idn_person WHERE email = ?", volunteer);
        long member = number("SELECT m.id FROM idn_membership m JOIN idn_person p ON p.id = m.person_id "
                + "WHERE p.email = ? AND m.organization_id = " + orgId, volunteer);
        return new Setup(orgId, admin, volunteer, person, member, PASSWORD);
    }

    /** The volunteer earns a credential of {@code kindCode} by recognition; its number. */
    public static String credentialByRecognition(URI base, Setup setup, String kindCode) {
        return recognize(base, setup.orgAdminEmail(), setup.password(), setup.organizationId(),
                setup.volunteerPersonId(), kindCode);
    }

    /**
     * A member earns a credential by recognition of a prior qualification: the organization's admin submits it on
     * the organization's credentials page, the platform admin recognizes it as meeting every requirement of
     * {@code kindCode}. Returns the number issued.
     */
    public static String recognize(URI base, String orgAdminEmail, String password, long organizationId, long personId,
                                   String kindCode) {
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            login(orgAdmin, orgAdminEmail, password);
            orgAdmin.open("/app/org/credentials.xhtml?org=" + organizationId);
            new Select(orgAdmin.find("claim:person")).selectByValue(Long.toString(personId));
            orgAdmin.type("claim:qualification", "国家二级心理咨询师（" + kindCode + "）")
                    .type("claim:description", "持证十年，长期在热线和社区开展心理援助工作。")
                    .type("claim:document", "证书编号 2016-PSY-" + kindCode).submit("claim:submit");
        }
        try (Browser platform = new Browser(base, "zh-CN")) {
            login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/credentials.xhtml");
            long claim = number("SELECT MAX(id) FROM crd_recognition WHERE person_id = ? AND decision = 'SUBMITTED'",
                    personId);
            WebElement card = platform.find("recognition-" + claim);
            new Select(card.findElement(By.tagName("select"))).selectByValue(kindCode);
            platform.submit(card.findElement(By.cssSelector("input[type=submit][value='认可']")));
        }
        return text("SELECT number FROM crd_credential WHERE holder_id = ? AND kind = '" + kindCode
                + "' ORDER BY id DESC LIMIT 1", personId);
    }

    /** A person's id by their email. */
    public static long personId(String email) {
        return number("SELECT id FROM idn_person WHERE email = ?", email);
    }

    /** A key made on the org admin's page; the key as shown that one time. */
    public static String apiKey(URI base, Setup setup, int perMinute) {
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            login(orgAdmin, setup.orgAdminEmail(), setup.password());
            orgAdmin.open("/app/org/credentials.xhtml?org=" + setup.organizationId());
            orgAdmin.type("keys:name", "派案系统 " + perMinute).type("keys:perMinute", Integer.toString(perMinute))
                    .submit("keys:create");
            return orgAdmin.text("new-key").strip();
        }
    }

    public static void revokeApiKey(URI base, Setup setup, String key) {
        long id = number("SELECT id FROM idn_api_key WHERE key_prefix = ? AND organization_id = "
                + setup.organizationId(), key.substring(0, 12));
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            login(orgAdmin, setup.orgAdminEmail(), setup.password());
            orgAdmin.open("/app/org/credentials.xhtml?org=" + setup.organizationId());
            orgAdmin.submit(orgAdmin.find("key-" + id).findElement(By.cssSelector("input[type=submit]")));
        }
    }

    public static void suspend(URI base, Setup setup, String number, String reason) {
        step(base, setup, number, reason);
    }

    public static void reinstate(URI base, Setup setup, String number, String reason) {
        step(base, setup, number, reason);
    }

    /** The row's one button suspends an active credential and reinstates a suspended one. */
    private static void step(URI base, Setup setup, String number, String reason) {
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            login(orgAdmin, setup.orgAdminEmail(), setup.password());
            orgAdmin.open("/app/org/credentials.xhtml?org=" + setup.organizationId());
            WebElement row = orgAdmin.find("credential-" + number);
            row.findElement(By.cssSelector("input[type=text]")).sendKeys(reason);
            orgAdmin.submit(row.findElement(By.cssSelector("input[type=submit]")));
        }
    }

    public static void register(Browser browser, String name, String email) {
        browser.open("/register.xhtml").type("register:name", name).type("register:email", email)
                .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
    }

    public static void login(Browser browser, String email, String password) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", password).submit("login:submit");
    }

    private static long number(String sql, Object parameter) {
        return Long.parseLong(text(sql, parameter));
    }

    private static String text(String sql, Object parameter) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    throw new AssertionError("nothing found: " + sql + " with " + parameter);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
