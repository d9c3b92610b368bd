package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * From nothing to a foundation credential by the volunteer's own work, and nothing else: the foundation courses
 * (marked completed directly, as LearningIT takes courses), supervised practice logged and signed off by a
 * supervisor who holds L4, and the foundation exam passed. No one issues the credential: it is issued when the
 * last piece of evidence arrives, and the volunteer finds it on their path, the public on its check page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialJourneyIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    URL deployed;

    @Test
    void coursesPracticeAndAnExamEarnTheFoundationCredential() throws Exception {
        URI base = PlatformWar.base(deployed);
        CredentialSetup.Setup setup = CredentialSetup.organizationWithVolunteer(base, "j" + RUN);
        // the organization's admin is also its first supervisor, recognized as L4
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, setup.orgAdminEmail(), setup.password());
            admin.open("/app/org/members.xhtml?org=" + setup.organizationId());
            List<WebElement> names = admin.all(By.cssSelector("span[id^='name-']"));
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).getText().startsWith("机构管理员")) {
                    admin.check("members:table:" + i + ":supervisor", true).submit("members:table:" + i + ":save");
                }
            }
        }
        long adminId = CredentialSetup.personId(setup.orgAdminEmail());
        CredentialSetup.recognize(base, setup.orgAdminEmail(), setup.password(), setup.organizationId(), adminId, "L4");
        sql("UPDATE idn_membership SET joined_at = joined_at - INTERVAL 30 DAY WHERE organization_id = "
                + setup.organizationId());
        sql("INSERT INTO lrn_enrollment (person_id, course_id, started_at, last_activity_at, completed_at) "
                + "SELECT " + setup.volunteerPersonId() + ", id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                + "FROM lrn_course WHERE is_current AND code IN ('L1-INTRO','L1-PFA','L1-LISTEN','L1-SELFCARE')");

        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
        try (Browser volunteer = new Browser(base, "zh-CN"); Browser supervisor = new Browser(base, "zh-CN")) {
            CredentialSetup.login(volunteer, setup.volunteerEmail(), setup.password());
            logSession(volunteer, day, "09:00", "120", "角色扮演", "和同伴练习开场与情感反映。");
            logSession(volunteer, day, "13:00", "60", "观摩", "旁听督导接听来电。");
            logSession(volunteer, day, "15:00", "60", "热线", "在督导陪同下接听一通失眠来电。");
            CredentialSetup.login(supervisor, setup.orgAdminEmail(), setup.password());
            for (int i = 0; i < 3; i++) {
                supervisor.open("/app/supervision.xhtml");
                WebElement card = supervisor.all(By.xpath("//article[contains(., '持证志愿者')]")).get(0);
                supervisor.submit(card.findElement(By.xpath(".//input[@value='批准']")));
            }
            volunteer.open("/app/path.xhtml");
            assertTrue(volunteer.has("step-L1"), "not yet: the exam is missing");
            assertFalse(volunteer.has("held-L1"));

            volunteer.open("/app/exams.xhtml");
            volunteer.submit(volunteer.find("exam-EXAM-L1").findElement(By.cssSelector("input[type=submit]")));
            long attempt = Long.parseLong(volunteer.url().replaceAll(".*attempt=(\\d+).*", "$1"));
            String session = volunteer.sessionCookies();
            for (String[] answer : rightAnswers(attempt)) {
                HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                base.resolve("app/exam-answer")).header("Cookie", session)
                        .header("X-Anxin-Autosave", "1").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("attempt=" + attempt + "&position=" + answer[0]
                                + "&answer=" + answer[1])).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, saved.statusCode(), saved.body());
            }
            volunteer.open("/app/exam.xhtml?attempt=" + attempt).submit("finish:submit");
            assertTrue(volunteer.text("outcome").startsWith("通过"), volunteer.text("outcome"));

            volunteer.open("/app/path.xhtml");
            String held = volunteer.text("held-L1");
            String number = held.replaceAll("(?s).*(AX-L1-\\d{2}-\\d{7}-\\d).*", "$1");
            assertTrue(number.startsWith("AX-L1-"), held);
            try (Browser visitor = new Browser(base, "zh-CN")) {
                visitor.open("/verify/" + number);
                assertEquals("证书有效", visitor.text("verdict"));
                assertEquals("4 小时", visitor.text("hours"));
            }
        }
        assertEquals("ISSUED", text("SELECT e.kind FROM crd_status_event e JOIN crd_credential c ON c.id = e.credential_id "
                + "WHERE c.holder_id = " + setup.volunteerPersonId() + " AND c.kind = 'L1'"));
        assertTrue(text("SELECT evidence FROM crd_credential WHERE holder_id = " + setup.volunteerPersonId())
                .contains("L1/exam.EXAM-L1"), "the evidence as it stood is kept with the credential");
    }

    private static void logSession(Browser volunteer, String day, String start, String minutes, String modality,
                                   String reflection) {
        volunteer.open("/app/practice.xhtml");
        volunteer.select("log:signer", "机构管理员j" + RUN + " · 证书测试机构j" + RUN);
        volunteer.set("log:date", day).set("log:start", start).type("log:minutes", minutes)
                .select("log:modality", modality).select("log:population", "普通公众").select("log:risk", "低")
                .type("log:reflection", reflection).submit("log:submit");
        assertTrue(volunteer.page().contains("已提交"), volunteer.page());
    }

    /** The right answer at every position, as the page would send it (shown option indices). */
    private static List<String[]> rightAnswers(long attempt) throws Exception {
        List<String[]> answers = new ArrayList<>();
        try (Connection db = db(); PreparedStatement query = db.prepareStatement("SELECT ai.position, ai.option_order, "
                + "i.answer_key FROM asm_attempt_item ai JOIN asm_item i ON i.id = ai.item_id WHERE ai.attempt_id = ?")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> order = Arrays.asList(rows.getString(2).split(","));
                    List<String> shown = new ArrayList<>();
                    for (String key : rows.getString(3).split(",")) {
                        shown.add(Integer.toString(order.indexOf(key)));
                    }
                    answers.add(new String[] {Integer.toString(rows.getInt(1)), String.join(",", shown)});
                }
            }
        }
        return answers;
    }

    private static void sql(String statement) throws Exception {
        try (Connection db = db(); PreparedStatement update = db.prepareStatement(statement)) {
            update.executeUpdate();
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
    }
}
