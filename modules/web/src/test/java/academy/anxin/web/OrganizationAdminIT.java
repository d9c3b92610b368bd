package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Organizations from the platform admin down: the platform admin founds an organization and its first admin gets
 * a one-time password; that admin invites a registered volunteer, who accepts, and makes them a supervisor; an
 * invitation answers alike for registered and unregistered addresses, and a person who declines is no member; the volunteer sees
 * their roles and nothing of another organization; the audit trail holds it all and notices a tampered row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationAdminIT {

    private static final long RUN = System.nanoTime();
    private static final String VOLUNTEER = "zhao.lei." + RUN + "@example.cn";
    private static final String OTHER_ADMIN = "qian.yu." + RUN + "@example.cn";
    private static final String NEW_ADMIN = "sun.hui." + RUN + "@example.cn";
    private static final String PASSWORD = "a long volunteer passphrase";

    @Deployment(testable = false)
    static WebArchive platform() {
        return PlatformWar.build();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return new Browser(PlatformWar.base(deployed), language);
    }

    private static void register(Browser browser, String name, String email) {
        browser.open("/register.xhtml").type("register:name", name).type("register:email", email)
                .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
        assertTrue(browser.page().contains("注册成功"), browser.page());
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
}
