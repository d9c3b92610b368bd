package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Supervised practice, in real browsers: a volunteer logs a session and is refused for a client's phone number in
 * the reflection; the supervisor returns it; the volunteer fixes and resubmits it; two supervisors decide at once
 * and the second is told; the totals show it; the CSV has it; a reversal signed like any session takes it out
 * again; and a supervisor's own session never reaches their own queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String PASSWORD = "practice-makes-careful";
    private static final String VOLUNTEER = "practice.v." + RUN + "@example.cn";
    private static final String LEAD = "practice.s1." + RUN + "@example.cn";
    private static final String SECOND = "practice.s2." + RUN + "@example.cn";
    private static final String ORG = "实践测试机构" + RUN;

    @ArquillianResource
    URL deployed;

    @Test
    void aSessionIsLoggedReturnedFixedApprovedCountedAndReversed() throws Exception {
        setUpOrganization();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        try (Browser volunteer = browser(); Browser lead = browser(); Browser second = browser()) {
            login(volunteer, VOLUNTEER);
            volunteer.open("/app/practice.xhtml").assertAccessible();
            volunteer.select("log:signer", "督导甲" + RUN + " · " + ORG);
            volunteer.set("log:date", yesterday).set("log:start", "14:00").type("log:minutes", "50")
                    .select("log:modality", "热线").select("log:population", "普通公众").select("log:risk", "中")
                    .type("log:reflection", "来电者焦虑失眠，留下了电话 138 0013 8000 希望回访。我练习了情感反映。")
                    .submit("log:submit");
            assertTrue(volunteer.page().contains("反思中含有电话号码（138 0013 8000）"), volunteer.page());
            volunteer.assertRefused("log:reflection", "反思中含有电话号码（138 0013 8000）");
            assertTrue(volunteer.description("log:reflection").startsWith(volunteer.text("reflection-hint")),
                    "the hint is still read first: " + volunteer.description("log:reflection"));
            assertEquals(null, volunteer.find("log:minutes").getAttribute("aria-invalid"), "only the refused field");
            assertEquals("50", volunteer.find("log:minutes").getAttribute("value"), "nothing typed is lost");
            volunteer.assertAccessible();
            volunteer.type("log:reflection", "来电者焦虑失眠。我练习了情感反映，并在结束前确认了安全。").submit("log:submit");
            assertTrue(volunteer.page().contains("已提交，等待督导签核"), volunteer.page());
            assertTrue(volunteer.text("status").contains("已提交，等待督导签核"), "told politely: " + volunteer.text("status"));
            assertEquals("polite", volunteer.find("status").getAttribute("aria-live"));
            assertFalse(volunteer.has("error-summary"), "no refusal left on the page");
            assertEquals(null, volunteer.find("log:reflection").getAttribute("aria-invalid"), "the mark goes with the refusal");

            login(lead, LEAD);
            lead.open("/app/supervision.xhtml").assertAccessible();
            assertTrue(lead.text("queue-count").contains("1"), lead.text("queue-count"));
            String superviseePage = card(lead).findElement(By.linkText("志愿者" + RUN)).getAttribute("href");
            card(lead).findElement(By.tagName("textarea")).sendKeys("请补充你使用了哪些倾听技术。");
            lead.submit(button(lead, "退回修改"));
            assertTrue(lead.page().contains("已退回志愿者"), lead.page());

            volunteer.open("/app/practice.xhtml");
            assertTrue(volunteer.text("unread").contains("请补充你使用了哪些倾听技术"), volunteer.page());
            assertTrue(volunteer.text("nav-practice").contains("(1)"), volunteer.text("nav-practice"));
            volunteer.submit("sessions:rows:0:edit");
            volunteer.type("log:reflection", "来电者焦虑失眠。我用了开放式提问、情感反映和总结，并在结束前确认了安全。")
                    .submit("log:submit");
            assertTrue(volunteer.page().contains("已提交"), volunteer.page());

            // two supervisors open the same queue; the second to decide is told, and nothing is overwritten
            login(second, SECOND);
            lead.open("/app/supervision.xhtml");
            second.open("/app/supervision.xhtml");
            second.submit(button(second, "批准"));
            assertTrue(second.page().contains("已批准"), second.page());
            lead.submit(button(lead, "驳回"));
            assertTrue(lead.page().contains("刚刚已有其他人处理了这条记录"), lead.page());

            // the supervisor (and organization admin) sees the volunteer's totals; the volunteer may not see others'
            lead.open(superviseePage).assertAccessible();
            assertEquals("50 分钟", lead.text("approved-minutes"));
            assertTrue(lead.text("by-risk").contains("中 50"), lead.text("by-risk"));
            volunteer.open(superviseePage.replaceAll("person=\\d+", "person=1"));
            assertTrue(volunteer.page().contains("无权访问"), volunteer.page());

            volunteer.open("/app/practice.xhtml");
            assertEquals("50 分钟", volunteer.text("approved-minutes"));
            assertTrue(volunteer.text("by-modality").contains("热线 50"), volunteer.text("by-modality"));
            assertTrue(volunteer.text("session-table").contains("已批准"), volunteer.text("session-table"));
            String csv = get("app/practice-log.csv", volunteer.sessionCookies());
            assertTrue(csv.contains(yesterday + ",14:00,50,HOTLINE,GENERAL_PUBLIC,MEDIUM,APPROVED"), csv);

            // a mistake in an approved session: a reversing entry, signed like any other, takes it out of the totals
            volunteer.type("sessions:rows:0:reason", "日期记错了，这次是观摩而非接线。").submit("sessions:rows:0:reverse");
            assertTrue(volunteer.page().contains("已申请冲正"), volunteer.page());
            second.open("/app/supervision.xhtml");
            assertTrue(card(second).getText().contains("冲正"), card(second).getText());
            second.submit(button(second, "批准"));
            volunteer.open("/app/practice.xhtml");
            assertEquals("0 分钟", volunteer.text("approved-minutes"));
        }
    }

    @Test
    void aSupervisorsOwnSessionGoesToAnotherSupervisorNeverToTheirOwnQueue() {
        setUpOrganization();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2).toString();
        try (Browser lead = browser()) {
            login(lead, LEAD);
            lead.open("/app/practice.xhtml");
            String offered = lead.find("log:signer").getText();
            assertFalse(offered.contains("督导甲" + RUN), "not offered to sign their own: " + offered);
            lead.select("log:signer", "督导乙" + RUN + " · " + ORG);
            lead.set("log:date", yesterday).set("log:start", "09:30").type("log:minutes", "60")
                    .select("log:modality", "团体").select("log:population", "一线工作者").select("log:risk", "低")
                    .type("log:reflection", "为一线医护人员带领减压团体。").submit("log:submit");
            assertTrue(lead.page().contains("已提交"), lead.page());
            // the same hour again: refused for the overlap, and told so at the start time
            lead.select("log:signer", "督导乙" + RUN + " · " + ORG);
            lead.set("log:date", yesterday).set("log:start", "10:00").type("log:minutes", "30")
                    .select("log:modality", "团体").select("log:population", "一线工作者").select("log:risk", "低")
                    .type("log:reflection", "同一团体的后半段。").submit("log:submit");
            lead.assertRefused("log:start", "时间重叠");
            lead.open("/app/supervision.xhtml");
            assertFalse(lead.page().contains("为一线医护人员带领减压团体"), "never in one's own queue");
        }
    }

    /**
     * The same path with the keyboard alone (Tab, Enter, arrows, typing; nothing clicked): a supervisor logs a
     * session whose reflection holds a phone number, is told (summary focused, field invalid and described), follows
     * the summary back to the field, fixes it and submits; their supervisor reaches the approve button by Tab and
     * presses Enter. Each step asks what a screen reader would say.
     */
    @Test
    void aSessionIsRefusedFixedAndSignedOffWithTheKeyboardAlone() {
        setUpOrganization();
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        try (Browser keys = browser(); Browser lead = browser()) {
            login(keys, SECOND);
            keys.open("/app/practice.xhtml");
            keys.tab("log:signer", true, 60);
            assertTrue(keys.focusName().contains("督导"), keys.focusName());
            keys.press(Keys.DOWN);
            keys.tab("log:date", true, 1);
            assertTrue(keys.focusName().contains("日期"), keys.focusName());
            // date and time are Chromium's own widgets, whose segments take typed digits differently by locale and
            // version: set by script, as Browser.set says; every other step here is keys
            keys.set("log:date", day.toString()).set("log:start", "10:00");
            keys.tab("log:minutes", true, 8);
            keys.press("45");
            for (String menu : new String[] {"log:modality", "log:population", "log:risk"}) {
                keys.tab(menu, true, 1);
                keys.press(Keys.DOWN);
            }
            keys.tab("log:reflection", true, 1);
            assertTrue(keys.focusName().contains("反思"), keys.focusName());
            keys.press("来电者说可以打 13800138000 找她。我练习了倾听。");
            keys.tab("log:submit", true, 2);
            assertTrue(keys.focusName().contains("提交"), keys.focusName());
            keys.pressForPage(Keys.ENTER);

            keys.assertRefused("log:reflection", "反思中含有电话号码");
            assertEquals("45", keys.find("log:minutes").getAttribute("value"), "nothing typed is lost");
            keys.press(Keys.TAB);
            assertTrue(keys.focusName().contains("电话号码"), keys.focusName());
            keys.press(Keys.ENTER);
            assertEquals("log:reflection", keys.focused(), "the summary leads to the field");
            keys.selectAll().press("来电者想找人倾诉。我练习了倾听和总结。");
            keys.tab("log:submit", true, 2);
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.text("status").contains("已提交，等待督导签核"), "told politely: " + keys.text("status"));
            assertFalse(keys.has("error-summary"));

            login(lead, LEAD);
            lead.open("/app/supervision.xhtml");
            WebElement card = lead.all(By.xpath("//article[contains(., '督导乙" + RUN + "') and contains(., '45')]")).get(0);
            String approve = card.findElement(By.xpath(".//input[@value='批准']")).getAttribute("id");
            lead.tab(approve, true, 80);
            assertEquals("批准", lead.focusName());
            lead.pressForPage(Keys.ENTER);
            assertTrue(lead.text("status").contains("已批准"), "told politely: " + lead.text("status"));
        }
    }

    private static boolean organizationReady;

    /** Once per class: a volunteer and two supervisors in one organization (the first also its admin). */
    private void setUpOrganization() {
        if (organizationReady) {
            return;
        }
        try (Browser people = browser()) {
            register(people, "志愿者" + RUN, VOLUNTEER);
            register(people, "督导甲" + RUN, LEAD);
            register(people, "督导乙" + RUN, SECOND);
        }
        long orgId;
        try (Browser admin = browser()) {
            login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            admin.open("/admin/organizations.xhtml");
            admin.type("found:nameZh", ORG).type("found:nameEn", "Practice Test " + RUN)
                    .type("found:region", "上海市").type("found:adminEmail", LEAD);
            new org.openqa.selenium.support.ui.Select(admin.find("found:kind")).selectByValue("HOTLINE");
            admin.submit("found:submit");
            String href = admin.all(By.cssSelector("a[title='成员管理 " + ORG + "']")).get(0).getAttribute("href");
            orgId = Long.parseLong(href.replaceAll(".*org=(\\d+).*", "$1"));
        }
        try (Browser lead = browser()) {
            login(lead, LEAD);
            lead.open("/app/org/members.xhtml?org=" + orgId);
            academy.anxin.web.support.Invitations.join(PlatformWar.base(deployed), lead, orgId, VOLUNTEER, PASSWORD);
            academy.anxin.web.support.Invitations.join(PlatformWar.base(deployed), lead, orgId, SECOND, PASSWORD);
            lead.open("/app/org/members.xhtml?org=" + orgId);
            for (String name : new String[] {"督导甲" + RUN, "督导乙" + RUN}) {
                int row = rowOf(lead, name);
                lead.check("members:table:" + row + ":supervisor", true).submit("members:table:" + row + ":save");
            }
        }
        // signing off needs an active L4 as well as the role: both supervisors' qualifications are recognized
        for (String supervisor : new String[] {LEAD, SECOND}) {
            academy.anxin.web.support.CredentialSetup.recognize(PlatformWar.base(deployed), LEAD, PASSWORD, orgId,
                    academy.anxin.web.support.CredentialSetup.personId(supervisor), "L4");
        }
        // they joined a month ago, so that sessions of recent days are not "before joining" whatever the hour
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             java.sql.PreparedStatement earlier = db.prepareStatement(
                     "update idn_membership set joined_at = joined_at - interval 30 day where organization_id = ?")) {
            earlier.setLong(1, orgId);
            earlier.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        organizationReady = true;
    }

    private static int rowOf(Browser browser, String name) {
        for (int i = 0; i < 20; i++) {
            if (browser.has("name-" + i) && browser.text("name-" + i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed: " + browser.page());
    }

    private static WebElement card(Browser supervisor) {
        return supervisor.all(By.xpath("//article[contains(., '志愿者" + RUN + "')]")).get(0);
    }

    private static WebElement button(Browser supervisor, String label) {
        return card(supervisor).findElement(By.xpath(".//input[@value='" + label + "']"));
    }

    private String get(String path, String session) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                PlatformWar.base(deployed).resolve(path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private Browser browser() {
        return new Browser(PlatformWar.base(deployed), "zh-CN");
    }

    private static void register(Browser browser, String name, String email) {
        browser.open("/register.xhtml").type("register:name", name).type("register:email", email)
                .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
    }

    private static void login(Browser browser, String email) {
        login(browser, email, PASSWORD);
    }

    private static void login(Browser browser, String email, String password) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", password).submit("login:submit");
        assertTrue(browser.url().contains("/app/home.xhtml"), browser.page());
    }
}
