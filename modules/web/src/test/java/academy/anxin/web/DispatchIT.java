package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.Listings;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Case matching and graded referral as a dispatcher meets them, and as a case-assignment service does. Two listed
 * organizations of Wuhan: in A a volunteer holds the crisis tier and the bereavement endorsement, its admin the
 * helpline tier; in B a volunteer holds the helpline tier and the youth endorsement. A's admin invites a dispatcher
 * (the new role); the dispatcher matches a HIGH-risk bereavement case and sees the one volunteer who may take it and
 * why, a youth case nobody in A may take with what is missing, B as a verified organization nearby whose volunteer
 * may, and 12356; an imminent-danger case goes to 110/120. B's page is not the dispatcher's (403). Every match is
 * recorded without the case: the dispatcher's in the audit trail, the key's in its log of API calls. The same through {@code POST /api/v1/matches}, its bad inputs refused by name, and the
 * verification API deciding by the same case rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DispatchIT {

    private static final String RUN = Long.toString(System.nanoTime() % 10_000_000);

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static CredentialSetup.Setup a;
    private static CredentialSetup.Setup b;
    private static String dispatcher;
    private static String key;

    private URI base() {
        return PlatformWar.base(deployed);
    }

    /** The world of the class, made once by whichever test runs first. */
    private synchronized void given() {
        if (a != null) {
            return;
        }
        URI base = base();
        a = CredentialSetup.organizationWithVolunteer(base, "dspa" + RUN);
        b = CredentialSetup.organizationWithVolunteer(base, "dspb" + RUN);
        CredentialSetup.credentialByRecognition(base, a, "L3");
        CredentialSetup.credentialByRecognition(base, a, "BEREAVEMENT");
        CredentialSetup.recognize(base, a.orgAdminEmail(), a.password(), a.organizationId(),
                CredentialSetup.personId(a.orgAdminEmail()), "L2");
        CredentialSetup.credentialByRecognition(base, b, "L2");
        CredentialSetup.credentialByRecognition(base, b, "YOUTH");

        dispatcher = "dsp.dispatcher." + RUN + "@example.cn";
        try (Browser person = new Browser(base, "zh-CN")) {
            CredentialSetup.register(person, "派案员" + RUN, dispatcher);
        }
        try (Browser orgAdmin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(orgAdmin, a.orgAdminEmail(), a.password());
            // the invitation carries the new role
            orgAdmin.open("/app/org/members.xhtml?org=" + a.organizationId()).type("add:email", dispatcher)
                    .check("add:dispatcher", true).submit("add:submit");
            Listings.apply(orgAdmin, a.organizationId(), "武昌危机干预中心" + RUN, "420106");
        }
        Invitations.accept(base, dispatcher, CredentialSetup.PASSWORD, a.organizationId());
        assertEquals("DISPATCHER,VOLUNTEER", text("SELECT m.roles FROM idn_membership m JOIN idn_person p "
                + "ON p.id = m.person_id WHERE p.email = ?", dispatcher));
        try (Browser orgAdminB = new Browser(base, "zh-CN")) {
            CredentialSetup.login(orgAdminB, b.orgAdminEmail(), b.password());
            Listings.apply(orgAdminB, b.organizationId(), "江汉青少年心理热线" + RUN, "420103");
        }
        try (Browser platform = new Browser(base, "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            for (long org : List.of(a.organizationId(), b.organizationId())) {
                Listings.verify(platform, org);
            }
        }
        key = CredentialSetup.apiKey(base, a, 600);
    }

    private static void describe(Browser browser, String population, String risk, String channel) {
        new Select(browser.find("match:population")).selectByValue(population);
        new Select(browser.find("match:risk")).selectByValue(risk);
        new Select(browser.find("match:channel")).selectByValue(channel);
        browser.submit("match:submit");
    }

    @Test
    void aDispatcherSeesWhoMayTakeACaseAndWhyAndWhereToReferWhenNobodyMay() throws Exception {
        given();
        long before = count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'CASE_MATCHED' AND subject = ?",
                "organization:" + a.organizationId());
        String page = "/app/org/dispatch.xhtml?org=" + a.organizationId();
        try (Browser browser = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(browser, dispatcher, CredentialSetup.PASSWORD);
            browser.open("/app/home.xhtml");
            assertTrue(browser.all(By.cssSelector("a[href*='dispatch.xhtml?org=" + a.organizationId() + "']")).size() > 0,
                    "the navigation offers case matching to the dispatcher");
            browser.open(page).assertAccessible();

            // a case without population and risk is refused field by field
            browser.submit("match:submit");
            browser.assertRefused("match:population", "此项为必填项");
            assertTrue(browser.find("match:risk").getAttribute("aria-invalid").equals("true"), browser.page());
            assertFalse(browser.has("result"));

            // HIGH-risk bereavement: the crisis volunteer with the endorsement, not the admin who holds L2
            describe(browser, "BEREAVED", "HIGH", "HOTLINE");
            assertTrue(browser.text("match-needs").contains("L3 危机干预级"), browser.text("match-needs"));
            assertTrue(browser.text("match-needs").contains("哀伤专项资质"), browser.text("match-needs"));
            WebElement row = browser.find("candidate-" + a.memberId());
            assertTrue(row.getText().contains("持证志愿者dspa" + RUN), row.getText());
            assertTrue(row.getText().contains("危机干预") && row.getText().contains("有效期至"), row.getText());
            assertTrue(row.getText().contains("哀伤"), row.getText());
            assertEquals(1, browser.all(By.cssSelector("#candidates tr.candidate")).size(), browser.text("candidates"));
            assertFalse(browser.text("candidates").contains("机构管理员dspa"), "an L2 does not take a high-risk case");
            assertTrue(browser.text("match-summary").contains("3 名成员中有 1 名"), browser.text("match-summary"));
            browser.assertAccessible();

            // youth, medium risk: nobody here holds the youth endorsement; B nearby does, and 12356
            describe(browser, "YOUTH", "MEDIUM", "HOTLINE");
            assertTrue(browser.has("match-nobody"), browser.page());
            assertTrue(browser.text("missing").contains("青少年专项资质"), browser.text("missing"));
            assertFalse(browser.text("missing").contains("L2"), "the helpline tier is held here: " + browser.text("missing"));
            String nearby = browser.text("nearby");
            assertTrue(nearby.contains("江汉青少年心理热线" + RUN) && nearby.contains("1 名志愿者可接"), nearby);
            assertFalse(nearby.contains("武昌危机干预中心" + RUN), "not itself: " + nearby);
            assertTrue(browser.text("referrals").contains("12356"), browser.text("referrals"));
            browser.assertAccessible();

            // imminent danger: above what volunteers may take, whoever is here
            describe(browser, "BEREAVED", "IMMINENT", "HOTLINE");
            assertTrue(browser.has("match-beyond"), browser.page());
            assertFalse(browser.has("candidates"));
            assertTrue(browser.text("referrals").contains("110 / 120"), browser.text("referrals"));
            browser.assertAccessible();

            // severe mental illness goes to a medical institution, at any risk
            browser.find("match").findElement(By.cssSelector("input[data-value='SEVERE_MENTAL_ILLNESS']")).click();
            describe(browser, "GENERAL_PUBLIC", "LOW", "ONLINE_CHAT");
            assertTrue(browser.text("referrals").contains("精神卫生"), browser.text("referrals"));

            // another organization's matching is not the dispatcher's
            browser.open("/app/org/dispatch.xhtml?org=" + b.organizationId());
            assertTrue(browser.page().contains("无权"), browser.page());
            assertFalse(browser.has("match:submit"), "B's form is not shown");
        }
        // A's volunteer is no dispatcher
        try (Browser volunteer = new Browser(base(), "zh-CN")) {
            CredentialSetup.login(volunteer, a.volunteerEmail(), a.password());
            volunteer.open(page);
            assertTrue(volunteer.page().contains("无权"), volunteer.page());
        }
        // four matches audited, with how many may take it and never the case
        long dispatcherId = CredentialSetup.personId(dispatcher);
        assertEquals(before + 4, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'CASE_MATCHED' "
                + "AND subject = ?", "organization:" + a.organizationId()));
        List<String> details = texts("SELECT CONCAT(actor, ' ', detail) FROM krn_audit_event WHERE action = "
                + "'CASE_MATCHED' AND subject = ?", "organization:" + a.organizationId());
        assertTrue(details.contains("person:" + dispatcherId + " weighed 3, may take 1"), details.toString());
        for (String detail : details) {
            for (String word : List.of("BEREAVED", "YOUTH", "HIGH", "IMMINENT", "HOTLINE", "MENTAL")) {
                assertFalse(detail.contains(word), "the audit keeps no case content: " + detail);
            }
        }
    }

    @Test
    void theMatchesApiAnswersTheSameAndRefusesBadInputByName() throws Exception {
        given();
        HttpResponse<String> none = post("/api/v1/matches", null, "{\"population\":\"BEREAVED\",\"riskLevel\":\"HIGH\"}");
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, post("/api/v1/matches", "axk_not-a-key", "{}").statusCode());

        JsonObject high = ok(post("/api/v1/matches", key,
                "{\"population\":\"bereaved\",\"riskLevel\":\"HIGH\",\"channel\":\"HOTLINE\",\"language\":\"zh\"}"));
        assertEquals("L3", high.getJsonObject("needs").getString("tier"));
        assertEquals("[\"BEREAVEMENT\"]", high.getJsonObject("needs").getJsonArray("endorsements").toString());
        assertTrue(high.getBoolean("anyone"));
        assertEquals(1, high.getInt("total"));
        JsonObject volunteer = high.getJsonArray("volunteers").getJsonObject(0);
        assertEquals(a.memberId(), volunteer.getJsonNumber("memberId").longValue());
        assertFalse(volunteer.containsKey("name"), "the API names nobody");
        assertEquals("[\"L3 required, holds L3\",\"BEREAVEMENT endorsement held\"]",
                volunteer.getJsonArray("reasons").toString());
        assertEquals(2, volunteer.getJsonArray("credentials").size());
        assertTrue(volunteer.getJsonArray("credentials").getJsonObject(0).getString("validUntil").startsWith("20"));

        JsonObject youth = ok(post("/api/v1/matches", key, "{\"population\":\"YOUTH\",\"riskLevel\":\"MEDIUM\"}"));
        assertFalse(youth.getBoolean("anyone"));
        assertEquals("[\"YOUTH\"]", youth.getJsonObject("missing").getJsonArray("endorsements").toString());
        assertTrue(JsonBody.objects(youth.getJsonArray("nearby")).stream()
                .anyMatch(n -> n.getJsonNumber("organizationId").longValue() == b.organizationId()
                        && n.getInt("qualifiedVolunteers") == 1), youth.toString());
        assertEquals("HOTLINE_12356", youth.getJsonArray("referrals").getJsonObject(0).getString("code"));

        JsonObject imminent = ok(post("/api/v1/matches", key,
                "{\"population\":\"GENERAL_PUBLIC\",\"riskLevel\":\"IMMINENT\"}"));
        assertTrue(imminent.getBoolean("beyondVolunteers"));
        assertEquals("110 / 120", imminent.getJsonArray("referrals").getJsonObject(0).getString("contact"));
        assertEquals(0, imminent.getJsonArray("volunteers").size());

        // the key's matches are in its log of API calls, with counts and never the case
        long keyId = count("SELECT id FROM idn_api_key WHERE key_prefix = ?", key.substring(0, 12));
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> logged = List.of();
        while (System.nanoTime() < deadline && logged.size() < 3) {
            Thread.sleep(200); // written in batches, ten times a second
            logged = texts("SELECT asked FROM crd_verification WHERE outcome = 'MATCHED' AND api_key_id = ?", keyId);
        }
        assertTrue(logged.contains("match: weighed 3, may take 1"), logged.toString());
        assertTrue(logged.contains("match: weighed 0, may take 0"), "imminent danger weighs nobody: " + logged);
        assertTrue(logged.stream().noneMatch(l -> l.contains("BEREAVED") || l.contains("YOUTH")), logged.toString());

        // bad input: 400 naming the field
        assertProblem("match.population", "{\"population\":\"ALIENS\",\"riskLevel\":\"LOW\"}");
        assertProblem("match.population", "{\"riskLevel\":\"LOW\"}");
        assertProblem("match.riskLevel", "{\"population\":\"YOUTH\",\"riskLevel\":3}");
        assertProblem("match.riskLevel", "{\"population\":\"YOUTH\",\"riskLevel\":\"EXTREME\"}");
        assertProblem("match.channel", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"channel\":\""
                + "H".repeat(41) + "\"}");
        assertProblem("match.language", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"language\":\"xx\"}");
        assertProblem("match.accessibility", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"accessibility\":\"EASY_READ\"}");
        assertProblem("match.accessibility", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"accessibility\":[\"BRAILLE\"]}");
        assertProblem("match.concerns", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"concerns\":["
                + "\"VIOLENCE_OR_ABUSE\",".repeat(7) + "\"VIOLENCE_OR_ABUSE\"]}");
        assertProblem("match.limit", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"limit\":0}");
        assertProblem("match.limit", "{\"population\":\"YOUTH\",\"riskLevel\":\"LOW\",\"limit\":\"5\"}");
        assertProblem("match.json", "{\"population\":");
        assertProblem("match.body", "[]");
        HttpResponse<String> large = post("/api/v1/matches", key, "{\"population\":\"YOUTH\",\"pad\":\""
                + "x".repeat(5000) + "\"}");
        assertEquals(413, large.statusCode(), large.body());

        // the verification API decides by the same case rules: a population adds its endorsement, imminent refers
        JsonObject allowed = ok(post("/api/v1/verifications", key, "{\"volunteer\":{\"memberId\":" + a.memberId()
                + "},\"requirement\":{\"riskLevel\":\"HIGH\",\"population\":\"BEREAVED\"}}"));
        assertTrue(allowed.getBoolean("allowed"), allowed.toString());
        JsonObject youthDenied = ok(post("/api/v1/verifications", key, "{\"volunteer\":{\"memberId\":" + a.memberId()
                + "},\"requirement\":{\"riskLevel\":\"LOW\",\"population\":\"YOUTH\"}}"));
        assertFalse(youthDenied.getBoolean("allowed"));
        assertTrue(youthDenied.getJsonArray("reasons").toString().contains("YOUTH endorsement required, not held"));
        JsonObject imminentDenied = ok(post("/api/v1/verifications", key, "{\"volunteer\":{\"memberId\":"
                + a.memberId() + "},\"requirement\":{\"riskLevel\":\"IMMINENT\"}}"));
        assertFalse(imminentDenied.getBoolean("allowed"));
        assertTrue(imminentDenied.getJsonArray("reasons").toString().contains("110 / 120"), imminentDenied.toString());
        HttpResponse<String> unknownPopulation = post("/api/v1/verifications", key, "{\"volunteer\":{\"memberId\":"
                + a.memberId() + "},\"requirement\":{\"population\":\"MARTIANS\"}}");
        assertEquals(400, unknownPopulation.statusCode());
        assertEquals("verification.population", JsonBody.object(unknownPopulation.body()).getString("code"));

        String openapi = http.send(HttpRequest.newBuilder(base().resolve("openapi")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(openapi.contains("/api/v1/matches") && openapi.contains("MatchRequest"), "documented in /openapi");
    }

    private void assertProblem(String code, String body) throws Exception {
        HttpResponse<String> answer = post("/api/v1/matches", key, body);
        assertEquals(400, answer.statusCode(), body + " → " + answer.body());
        assertEquals(code, JsonBody.object(answer.body()).getString("code"), body + " → " + answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    private static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonBody.object(answer.body());
    }

    private HttpResponse<String> post(String path, String apiKey, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path.substring(1)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql, Object parameter) throws Exception {
        return Long.parseLong(texts(sql, parameter).get(0));
    }

    private static String text(String sql, Object parameter) {
        try {
            return texts(sql, parameter).get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(String sql, Object parameter) throws java.sql.SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }
}
