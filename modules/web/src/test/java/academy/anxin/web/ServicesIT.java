package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
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
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public directory of verified services, as the people involved go through it: an organization's admin applies
 * to list their organization (and cannot touch another's), the platform admin refuses one application with a reason
 * and verifies another, a change waits while the verified version stays public, and a member of the public finds
 * the service on /help by region and population, in Chinese and English, on a 320 px screen, with its members'
 * valid credentials counted, opens its check page, and recognises an organization that is not listed. The same
 * directory as JSON at /api/v1/services, with its bad inputs refused by name. Every decision is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServicesIT {

    private static final String RUN = Long.toString(System.nanoTime());
    private static final String CODE_A = "91420100MA4K00000Q";
    private static final String CODE_B = "12100000400000624D";

    @ArquillianResource
    URL deployed;

    // HTTP/1.1: a slow first /openapi (half a minute on a loaded machine) ended the h2c session with GOAWAY, EOF
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private URI base() {
        return PlatformWar.base(deployed);
    }

    @Test
    void anOrganizationIsListedVerifiedFoundAndCheckedByThePublic() throws Exception {
        CredentialSetup.Setup a = CredentialSetup.organizationWithVolunteer(base(), "svca" + RUN);
        CredentialSetup.Setup b = CredentialSetup.organizationWithVolunteer(base(), "svcb" + RUN);
        CredentialSetup.credentialByRecognition(base(), a, "L2");
        String nameA = "武昌心理援助中心" + RUN;
        String nameB = "假冒援助热线" + RUN;

        try (Browser orgAdmin = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdmin, a.orgAdminEmail(), a.password());
            orgAdmin.open("/app/org/listing.xhtml?org=" + a.organizationId()).assertAccessible();
            assertTrue(orgAdmin.text("listing-status").contains("未列入"), orgAdmin.page());

            // an empty form is refused field by field, a mistyped credit code by its check character
            orgAdmin.submit("listing:submit");
            assertTrue(orgAdmin.page().contains("此项为必填项"), orgAdmin.page());
            assertTrue(orgAdmin.page().contains("请至少填写一种联系方式"), orgAdmin.page());
            fill(orgAdmin, nameA, "91420100MA4K00000R", "420106");
            orgAdmin.submit("listing:submit");
            assertTrue(orgAdmin.page().contains("统一社会信用代码 91420100MA4K00000R 无效"), orgAdmin.page());
            orgAdmin.assertAccessible();
            orgAdmin.type("listing:creditCode", CODE_A.toLowerCase()).submit("listing:submit");
            assertTrue(orgAdmin.page().contains("已提交"), orgAdmin.page());
            assertTrue(orgAdmin.has("listing-waiting"), orgAdmin.page());

            // another organization's listing is not theirs: the page answers 403, whatever number is typed
            orgAdmin.open("/app/org/listing.xhtml?org=" + b.organizationId());
            assertTrue(orgAdmin.page().contains("无权"), orgAdmin.page());
            assertFalse(orgAdmin.has("listing:submit"), "another organization's form is not shown");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM svc_listing WHERE organization_id = ?", b.organizationId()),
                "nothing was written for the other organization");

        try (Browser orgAdminB = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdminB, b.orgAdminEmail(), b.password());
            orgAdminB.open("/app/org/listing.xhtml?org=" + b.organizationId());
            fill(orgAdminB, nameB, CODE_B, "110105");
            orgAdminB.submit("listing:submit");
            assertTrue(orgAdminB.page().contains("已提交"), orgAdminB.page());
        }

        try (Browser platform = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/listings.xhtml").assertAccessible();
            WebElement cardB = platform.find("listing-" + b.organizationId());
            assertTrue(cardB.getText().contains(CODE_B), cardB.getText());
            // refusing needs a reason
            platform.submit(button(cardB, "驳回"));
            assertTrue(platform.page().contains("请填写理由"), platform.page());
            cardB = platform.find("listing-" + b.organizationId());
            cardB.findElement(By.cssSelector("input[type=text]")).sendKeys("登记名称与统一社会信用代码不符");
            platform.submit(button(cardB, "驳回"));
            assertTrue(platform.page().contains("未通过"), platform.page());

            WebElement cardA = platform.find("listing-" + a.organizationId());
            assertTrue(cardA.getText().contains(nameA), cardA.getText());
            platform.submit(button(cardA, "核验通过"));
            assertTrue(platform.page().contains("已核验"), platform.page());
            assertTrue(platform.find("listing-" + a.organizationId()).getText().contains("已列入"));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'LISTING_VERIFIED' AND subject = ?",
                "organization:" + a.organizationId()));
        assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'LISTING_REFUSED' AND subject = ?",
                "organization:" + b.organizationId()));

        try (Browser orgAdminB = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdminB, b.orgAdminEmail(), b.password());
            orgAdminB.open("/app/org/listing.xhtml?org=" + b.organizationId());
            assertTrue(orgAdminB.text("listing-refusal").contains("登记名称与统一社会信用代码不符"), orgAdminB.page());
        }

        // a change waits for verification; the public keeps seeing the verified version
        try (Browser orgAdmin = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdmin, a.orgAdminEmail(), a.password());
            orgAdmin.open("/app/org/listing.xhtml?org=" + a.organizationId());
            orgAdmin.find("listing").findElements(By.cssSelector("input[id$=':1:hotline']")).get(0).sendKeys("12356");
            orgAdmin.find("listing").findElements(By.cssSelector("input[id$=':1:hours']")).get(0).sendKeys("24小时");
            orgAdmin.submit("listing:submit");
            assertTrue(orgAdmin.has("listing-waiting"), orgAdmin.page());
            assertTrue(orgAdmin.text("listing-status").contains("已列入"), orgAdmin.page());
        }
        String helpWuhan = "/help?region=420100&population=BEREAVED";
        try (Browser visitor = new Browser(base(), "zh-CN")) {
            visitor.open(helpWuhan).assertAccessible();
            WebElement service = visitor.find("service-" + a.organizationId());
            assertFalse(service.getText().contains("12356 ·"), "the waiting change is not public yet");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'LISTING_CHANGE_SUBMITTED' "
                + "AND subject = ?", "organization:" + a.organizationId()));
        try (Browser platform = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/listings.xhtml");
            platform.submit(button(platform.find("listing-" + a.organizationId()), "核验通过"));
        }

        // the public, on a phone: emergency numbers first, the service found, its check page
        try (Browser visitor = new Browser(base(), "zh-CN")) {
            // a 320 CSS-pixel phone screen, whatever the smallest window the browser allows
            ((org.openqa.selenium.chrome.ChromeDriver) visitor.driver()).executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 320, "height", 800,
                            "deviceScaleFactor", 1, "mobile", true));
            visitor.open("/help");
            List<WebElement> emergency = visitor.all(By.cssSelector("#emergency a[href^='tel:']"));
            assertEquals(List.of("tel:110", "tel:120", "tel:12356"),
                    emergency.stream().map(e -> e.getAttribute("href")).toList());
            new Select(visitor.find("region")).selectByValue("420000");
            new Select(visitor.find("population")).selectByValue("BEREAVED");
            visitor.check("access-TEXT_CONTACT", true);
            visitor.submit("find");
            assertTrue(visitor.url().contains("region=420000"), visitor.url());
            WebElement service = visitor.find("service-" + a.organizationId());
            assertTrue(service.getText().contains(nameA), service.getText());
            assertTrue(service.getText().contains("12356"), "the verified change is public: " + service.getText());
            assertTrue(service.getText().contains("L2 热线级：1 人"), service.getText());
            assertTrue(service.getText().contains("湖北省武汉市武昌区"), service.getText());
            assertFalse(visitor.has("service-" + b.organizationId()), "a refused application is not listed");
            JavascriptExecutor js = (JavascriptExecutor) visitor.driver();
            assertEquals(320L, ((Number) js.executeScript("return window.innerWidth;")).longValue());
            assertTrue(((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue() <= 320,
                    "nothing runs off a 320 px screen");
            visitor.assertAccessible();

            visitor.submit(service.findElement(By.cssSelector("a.verified")));
            assertTrue(visitor.url().endsWith("/help/check/" + a.organizationId()), visitor.url());
            assertTrue(visitor.text("check-verdict").contains("经平台核验：已列入"), visitor.page());
            assertTrue(visitor.page().contains(CODE_A), visitor.page());
            visitor.assertAccessible();

            // a search by name tells a refused and an unknown organization for what they are
            visitor.open("/help?name=" + URLEncoder.encode(nameB, StandardCharsets.UTF_8));
            assertTrue(visitor.text("name-" + b.organizationId()).contains("申请未通过"), visitor.page());
            visitor.assertAccessible();
            visitor.open("/help?name=" + URLEncoder.encode("根本不存在的机构" + RUN, StandardCharsets.UTF_8));
            assertTrue(visitor.has("name-unknown"), visitor.page());
            visitor.open("/help/check/" + b.organizationId());
            assertTrue(visitor.text("check-verdict").contains("申请未通过"), visitor.page());
        }

        try (Browser visitor = new Browser(base(), "en")) {
            visitor.open("/help?region=420106&language=zh&channel=HOTLINE").assertAccessible();
            WebElement service = visitor.find("service-" + a.organizationId());
            assertTrue(service.getText().contains("Verified by the platform"), service.getText());
            assertTrue(service.getText().contains("Wuchang District, Wuhan, Hubei"), service.getText());
            assertTrue(service.getText().contains("L2 Helpline: 1"), service.getText());
            visitor.open("/help?region=12345");
            assertTrue(visitor.text("help-problems").contains("The region code 12345 is not right"), visitor.page());
        }

        // no page of the directory starts a session
        for (String path : List.of("/help", helpWuhan, "/help/check/" + a.organizationId(), "/help?region=x")) {
            HttpResponse<String> page = get(path);
            assertTrue(page.statusCode() == 200 || page.statusCode() == 400, path + ": " + page.statusCode());
            assertFalse(String.join(";", page.headers().allValues("Set-Cookie")).contains("JSESSIONID"),
                    path + " started a session");
        }
        assertEquals(400, get("/help?region=x").statusCode());
        assertEquals(404, get("/help/check/999999999").statusCode());
        assertEquals(404, get("/help/nowhere").statusCode());

        // the same directory for other apps
        HttpResponse<String> found = get("/api/v1/services?region=420000&population=BEREAVED&lang=zh");
        assertEquals(200, found.statusCode(), found.body());
        // found by its run-unique name: other test classes list organizations under the same valid credit code
        JsonObject entry = JsonBody.find(JsonBody.array(found.body()), "legalName", nameA);
        assertEquals(CODE_A, entry.getString("creditCode"));
        assertEquals("420106", entry.getJsonObject("region").getString("code"));
        assertEquals("Wuchang District", entry.getJsonObject("region").getString("nameEn").split(",")[0]);
        assertEquals(1, entry.getJsonObject("validHolders").getInt("L2"));
        assertEquals("/help/check/" + a.organizationId(), entry.getString("checkPage"));
        JsonArray elsewhere = JsonBody.array(get("/api/v1/services?region=110000").body());
        assertTrue(elsewhere.stream().noneMatch(v -> v.asJsonObject().getString("legalName").equals(nameA)));
        assertTrue(JsonBody.array(get("/api/v1/services").body()).stream()
                .noneMatch(v -> v.asJsonObject().getString("legalName").equals(nameB)), "refused is not served");
        for (String[] bad : new String[][] {{"region=12345", "region.invalid"}, {"region=abcdef", "region.invalid"},
                {"region=" + "4".repeat(5000), "region.invalid"}, {"population=NOBODY", "population.invalid"},
                {"lang=xx", "lang.invalid"}, {"channel=FAX", "channel.invalid"}, {"access=ALL", "access.invalid"}}) {
            HttpResponse<String> refused = get("/api/v1/services?" + bad[0]);
            assertEquals(400, refused.statusCode(), bad[0]);
            assertEquals(bad[1], JsonBody.object(refused.body()).getString("code"), bad[0]);
        }
        String openapi = get("/openapi").body();
        assertTrue(openapi.contains("/api/v1/services") || openapi.contains("/v1/services"), "documented in /openapi");
    }

    /**
     * The directory's search and the feedback of the people served: an organization applies and is verified, and
     * the public finds it by its words in Chinese and in English; someone it served answers its feedback form,
     * is refused a phone number in the comment (told why, the comment kept to correct, all by keyboard) and then
     * counted; a bot filling the invisible field is thanked and not counted; the organization sees its month and
     * hides an abusive comment with a reason (audited), and another organization may not even look.
     */
    @Test
    void theDirectoryFindsByWordsAndThePeopleServedGiveFeedback() throws Exception {
        CredentialSetup.Setup c = CredentialSetup.organizationWithVolunteer(base(), "svcf" + RUN);
        CredentialSetup.Setup d = CredentialSetup.organizationWithVolunteer(base(), "svcg" + RUN);
        String nameC = "东湖心理援助热线" + RUN;
        try (Browser orgAdmin = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdmin, c.orgAdminEmail(), c.password());
            orgAdmin.open("/app/org/feedback.xhtml?org=" + c.organizationId()).assertAccessible();
            assertTrue(orgAdmin.has("feedback-not-listed"), "no link before the listing is verified");
            orgAdmin.open("/app/org/listing.xhtml?org=" + c.organizationId());
            fill(orgAdmin, nameC, "91420106MA4K00001J", "420106");
            orgAdmin.submit("listing:submit");
            assertTrue(orgAdmin.page().contains("已提交"), orgAdmin.page());
        }
        assertEquals(404, get("/help/feedback/" + c.organizationId()).statusCode(), "no form before verification");
        try (Browser platform = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/listings.xhtml");
            platform.submit(button(platform.find("listing-" + c.organizationId()), "核验通过"));
            assertTrue(platform.page().contains("已核验"), platform.page());
        }

        // found by its words, through the search module's index, in both languages
        String unique = "svcf" + RUN;
        try (Browser visitor = new Browser(base(), "zh-CN")) {
            visitor.open("/help?name=" + URLEncoder.encode("武昌 丧亲 " + unique, StandardCharsets.UTF_8));
            assertTrue(visitor.text("name-" + c.organizationId()).contains("已列入"), visitor.page());
            visitor.open("/help?name=" + URLEncoder.encode("东湖心理援助", StandardCharsets.UTF_8));
            assertTrue(visitor.has("name-" + c.organizationId()), "a part of its name: " + visitor.page());
            visitor.assertAccessible();
        }
        try (Browser visitor = new Browser(base(), "en")) {
            visitor.open("/help?name=" + URLEncoder.encode("Wuchang bereavement " + unique, StandardCharsets.UTF_8));
            assertTrue(visitor.text("name-" + c.organizationId()).contains("listed"), visitor.page());
            visitor.open("/help?name=" + URLEncoder.encode("Beijing " + unique, StandardCharsets.UTF_8));
            assertTrue(visitor.has("name-unknown"), "every word counts: " + visitor.page());
        }

        // someone served answers: a phone number in the comment is refused and said why; by keyboard they fix it
        String form = "/help/feedback/" + c.organizationId();
        try (Browser served = new Browser(base(), "zh-CN")) {
            served.open(form).assertAccessible();
            assertTrue(served.text("feedback-about").contains(nameC), served.page());
            served.find("answer:rating:1").click();
            served.find("answer:respected:0").click();
            served.find("answer:toldMoreHelp:0").click();
            served.type("answer:comment", "志愿者很耐心。有事请打我电话 13800138000");
            served.submit("answer:send");
            served.assertRefused("answer:comment", "意见中含有电话号码（13800138000）");
            served.assertAccessible();
            assertEquals(0, count("SELECT COUNT(*) FROM svc_feedback WHERE organization_id = ?", c.organizationId()));
            assertTrue(served.find("answer:comment").getAttribute("value").contains("志愿者很耐心"),
                    "the comment is kept to correct");
            served.tab("answer:comment", true, 12);
            served.selectAll().press("志愿者很耐心，还告诉我可以打 12356。");
            served.tab("answer:send", true, 3);
            served.pressForPage(org.openqa.selenium.Keys.ENTER);
            assertTrue(served.text("feedback-thanks").contains("已计入"), served.page());
            served.assertAccessible();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM svc_feedback WHERE organization_id = ?", c.organizationId()));
        try (Browser bot = new Browser(base(), "en")) {
            bot.open(form);
            bot.find("answer:rating:0").click();
            bot.find("answer:respected:0").click();
            bot.find("answer:toldMoreHelp:0").click();
            ((JavascriptExecutor) bot.driver()).executeScript(
                    "document.getElementById('answer:website').value = 'http://cheap-pills.example';");
            bot.submit("answer:send");
            assertTrue(bot.has("feedback-thanks"), "a bot is thanked like anyone: " + bot.page());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM svc_feedback WHERE organization_id = ?", c.organizationId()),
                "the honeypot's answer is not counted");
        HttpResponse<String> qr = get(form + "/qr.svg");
        assertEquals(200, qr.statusCode());
        assertTrue(qr.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(qr.body().contains("<svg"), qr.body());

        // an abusive comment, then the organization's page: the month counted, the comment hidden with a reason
        // (marked with letters: a long run of digits could read as an ID number and be refused)
        String abusiveText = "一群废物 " + Long.toString(Long.parseLong(RUN), 36);
        try (Browser angry = new Browser(base(), "zh-CN")) {
            angry.open(form);
            angry.find("answer:rating:4").click();
            angry.find("answer:respected:1").click();
            angry.find("answer:toldMoreHelp:1").click();
            angry.type("answer:comment", abusiveText).submit("answer:send");
            assertTrue(angry.has("feedback-thanks"), angry.page());
        }
        long abusive = count("SELECT id FROM svc_feedback WHERE comment = ?", abusiveText);
        try (Browser orgAdmin = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(orgAdmin, c.orgAdminEmail(), c.password());
            orgAdmin.open("/app/org/listing.xhtml?org=" + c.organizationId());
            orgAdmin.submit(orgAdmin.find("listing-feedback").findElement(By.tagName("a")));
            assertTrue(orgAdmin.text("feedback-total").contains("2"), orgAdmin.text("feedback-total"));
            assertTrue(orgAdmin.text("feedback-address").endsWith("/help/feedback/" + c.organizationId()));
            assertTrue(orgAdmin.text("trend-table").contains("不足 5 条"), orgAdmin.text("trend-table"));
            orgAdmin.assertAccessible();
            WebElement row = orgAdmin.find("comment-" + abusive);
            assertTrue(row.getText().contains("一群废物"), row.getText());
            orgAdmin.submit(row.findElement(By.cssSelector("input[type=submit]")));
            assertTrue(orgAdmin.text("error-summary").contains("请填写隐藏这条意见的理由"), orgAdmin.page());
            orgAdmin.find("comment-" + abusive).findElement(By.cssSelector("input[type=text]")).sendKeys("辱骂志愿者");
            orgAdmin.submit(orgAdmin.find("comment-" + abusive).findElement(By.cssSelector("input[type=submit]")));
            assertTrue(orgAdmin.text("comment-" + abusive).contains("辱骂志愿者"), orgAdmin.page());
            assertFalse(orgAdmin.page().contains("一群废物"), "the hidden comment is not shown again");
            assertTrue(orgAdmin.text("feedback-total").contains("2"), "the answer still counts");
            orgAdmin.assertAccessible();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'FEEDBACK_COMMENT_HIDDEN' "
                + "AND subject = ?", "organization:" + c.organizationId()));
        try (Browser other = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(other, d.orgAdminEmail(), d.password());
            other.open("/app/org/feedback.xhtml?org=" + c.organizationId());
            assertTrue(other.page().contains("无权"), other.page());
            assertFalse(other.has("trend-table"), "nothing of the other organization's feedback");
        }

        // withdrawn, the listing leaves the index's words at once: its words find nothing, its name tells why
        try (Browser platform = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/listings.xhtml");
            WebElement card = platform.find("listing-" + c.organizationId());
            card.findElement(By.cssSelector("input[type=text]")).sendKeys("热线已停止服务");
            platform.submit(button(card, "撤下"));
        }
        try (Browser visitor = new Browser(base(), "zh-CN")) {
            visitor.open("/help?name=" + URLEncoder.encode("武昌 丧亲 " + unique, StandardCharsets.UTF_8));
            assertTrue(visitor.has("name-unknown"), "a withdrawn listing's words find it no more: " + visitor.page());
            visitor.open("/help?name=" + URLEncoder.encode(nameC, StandardCharsets.UTF_8));
            assertTrue(visitor.text("name-" + c.organizationId()).contains("已被撤下"), visitor.page());
        }
        assertEquals(404, get(form).statusCode(), "a withdrawn organization takes no more feedback");

        // the directory API: the same refusals by name for repeated and oversize parameters
        for (String[] bad : new String[][] {{"region=420000&region=110000", "region.invalid"},
                {"population=" + "B".repeat(5000), "population.invalid"}, {"lang=" + "z".repeat(300), "lang.invalid"},
                {"population=BEREAVED&population=YOUTH", "population.invalid"}, {"channel=1", "channel.invalid"},
                {"access=TEXT_CONTACT&access=EASY_READ&access=STEP_FREE&access=SIGN_LANGUAGE&access=TEXT_CONTACT",
                        "access.invalid"}, {"region=4.2e5", "region.invalid"}, {"access=", "access.invalid"}}) {
            HttpResponse<String> refused = get("/api/v1/services?" + bad[0]);
            assertEquals(400, refused.statusCode(), bad[0]);
            assertEquals(bad[1], JsonBody.object(refused.body()).getString("code"), bad[0]);
        }
    }

    /** Fills the listing form: a hotline, populations, a language and an accessibility feature. */
    private static void fill(Browser browser, String name, String code, String region) {
        browser.type("listing:legalName", name).type("listing:creditCode", code).type("listing:region", region);
        new Select(browser.find("listing:kind")).selectByValue("HOTLINE");
        WebElement form = browser.find("listing");
        form.findElements(By.cssSelector("input[id$=':0:hotline']")).get(0).sendKeys("027-85844666");
        form.findElements(By.cssSelector("input[id$=':0:hours']")).get(0).sendKeys("每天 8:00-22:00");
        for (String value : List.of("BEREAVED", "GENERAL_PUBLIC", "MANDARIN", "TEXT_CONTACT")) {
            WebElement box = form.findElement(By.cssSelector("input[data-value='" + value + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    private static WebElement button(WebElement card, String label) {
        return card.findElement(By.cssSelector("input[type=submit][value='" + label + "']"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base().resolve(path.substring(1))).header("Accept-Language", "zh-CN")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
