package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Volunteer service records in real browsers: the volunteer reads their record in five parts (service without the
 * role-play and without a reversed session; training; evaluations) and downloads it; the organization's admin
 * records a commendation, issues a certificate, downloads its PDF (read back: number and hours are in it) and the
 * organization's export as XLSX (read back: a row for the volunteer's month); the certificate's public check page
 * shows the stored facts, and says so once a newer certificate supersedes it. Another organization's admin and
 * another volunteer are refused (403) everywhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordsIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    URL deployed;

    @Test
    void aVolunteersRecordItsCertificateAndTheExportShowTheSameServiceAndNobodyElseSeesThem() throws Exception {
        CredentialSetup.Setup ours = CredentialSetup.organizationWithVolunteer(PlatformWar.base(deployed), "r" + RUN);
        CredentialSetup.Setup theirs = CredentialSetup.organizationWithVolunteer(PlatformWar.base(deployed), "s" + RUN);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        long admin = CredentialSetup.personId(ours.orgAdminEmail());
        // the ledger as practice keeps it after sign-off: served 50 minutes on the hotline, a role-play, and a
        // group session that an approved reversal took out again
        long served = session(ours, admin, day, 50, "HOTLINE", "APPROVED", null, "倾听到位，安全确认清楚。");
        session(ours, admin, day, 40, "ROLE_PLAY", "APPROVED", null, null);
        long group = session(ours, admin, day.minusDays(1), 30, "GROUP", "APPROVED", null, null);
        session(ours, admin, day.minusDays(1), -30, "GROUP", "APPROVED", group, null);
        assertTrue(served > 0);

        try (Browser volunteer = browser(); Browser orgAdmin = browser(); Browser other = browser();
             Browser publicReader = browser()) {
            login(volunteer, ours.volunteerEmail());
            finishMicroLesson(volunteer, "M-002");
            volunteer.open("/app/records.xhtml").assertAccessible();
            assertTrue(volunteer.text("service-total").contains("0.8 小时（50 分钟）"), volunteer.text("service-total"));
            assertTrue(volunteer.text("service-table").contains("热线"), volunteer.text("service-table"));
            assertFalse(volunteer.text("service-table").contains("团体"), "the reversed session is gone");
            assertTrue(volunteer.text("training-table").contains("角色扮演"), volunteer.text("training-table"));
            assertTrue(volunteer.text("training-table").contains("微课"), "the micro-lesson finished: "
                    + volunteer.text("training-table"));
            assertTrue(volunteer.text("evaluations").contains("倾听到位，安全确认清楚。"), volunteer.text("evaluations"));
            assertEquals(Long.toString(ours.memberId()), volunteer.text("record-number"));
            String csv = get("app/service-record.csv?org=" + ours.organizationId(), volunteer, 200);
            assertTrue(csv.contains("服务," + day + ",热线,普通公众,50"), csv);

            // the volunteer is no admin: another's record, or their own through the admin's page, is refused
            volunteer.open("/app/org/record.xhtml?org=" + ours.organizationId() + "&person=" + admin);
            assertTrue(volunteer.page().contains("无权访问"), volunteer.page());
            get("app/service-record.csv?org=" + ours.organizationId() + "&person=" + admin, volunteer, 403);

            login(orgAdmin, ours.orgAdminEmail());
            orgAdmin.open("/app/org/records.xhtml?org=" + ours.organizationId()).assertAccessible();
            orgAdmin.open("/app/org/record.xhtml?org=" + ours.organizationId() + "&person="
                    + ours.volunteerPersonId()).assertAccessible();
            orgAdmin.set("commend:date", day.toString()).type("commend:reason", "春节期间坚持热线值守")
                    .submit("commend:submit");
            assertTrue(orgAdmin.text("commendations").contains("春节期间坚持热线值守"), orgAdmin.page());

            // nothing typed is lost when a field is missing
            orgAdmin.type("certificate:responsible", "张主任").submit("certificate:issue");
            assertTrue(orgAdmin.page().contains("此项为必填项"), orgAdmin.page());
            assertEquals("张主任", orgAdmin.find("certificate:responsible").getAttribute("value"));
            orgAdmin.assertAccessible();
            orgAdmin.type("certificate:contact", "020-12345678").submit("certificate:issue");
            String number = orgAdmin.page().replaceAll("(?s).*已出具证明 (AXR-\\d{2}-\\d{7}-\\d).*", "$1");
            assertTrue(number.startsWith("AXR-"), orgAdmin.page());
            assertTrue(audited("SERVICE_CERTIFICATE_ISSUED", "record-certificate:" + number));

            byte[] pdf = bytes("app/record-certificate.pdf?number=" + number, orgAdmin, 200);
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains("0.8 小时"), text);
            assertTrue(text.contains("/verify/record/" + number), text);
            assertEquals(200, bytesStatus("app/record-certificate.pdf?number=" + number, volunteer),
                    "the volunteer downloads their own certificate");

            publicReader.open("/verify/record/" + number).assertAccessible();
            assertEquals(number, publicReader.text("certificate-number"));
            assertTrue(publicReader.text("hours").contains("0.8"), publicReader.text("hours"));
            assertTrue(publicReader.text("responsible").contains("张主任"));
            assertTrue(publicReader.text("contact").contains("020-12345678"));
            publicReader.open("/verify/record/" + number.substring(0, number.length() - 1)
                    + ((number.charAt(number.length() - 1) - '0' + 1) % 10));
            assertTrue(publicReader.text("verify-problem").contains("校验位"), publicReader.page());

            // a certificate is never edited: issuing again supersedes it, and its check page says so
            orgAdmin.submit("certificate:issue");
            String newer = orgAdmin.page().replaceAll("(?s).*已出具证明 (AXR-\\d{2}-\\d{7}-\\d).*", "$1");
            assertTrue(newer.startsWith("AXR-") && !newer.equals(number), orgAdmin.page());
            publicReader.open("/verify/record/" + number);
            assertTrue(publicReader.text("verdict").contains("已被新证明取代"), publicReader.page());
            assertTrue(publicReader.text("superseded-by").contains(newer), publicReader.page());
            assertTrue(publicReader.text("hours").contains("0.8"), "the stored facts still show");
            publicReader.open("/verify/record/" + newer);
            assertEquals(newer, publicReader.text("certificate-number"));
            assertFalse(publicReader.has("superseded-by"));

            YearMonth month = YearMonth.from(day);
            byte[] xlsx = bytes("app/org/service-records.xlsx?org=" + ours.organizationId() + "&from=" + month
                    + "&to=" + month, orgAdmin, 200);
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertEquals("志愿者编号", rows.get(0).getCellText(0));
                Row row = rows.stream().filter(r -> r.getCellText(0).equals(Long.toString(ours.memberId())))
                        .findFirst().orElseThrow(() -> new AssertionError("no row for the volunteer"));
                assertEquals(month.toString(), row.getCellText(2));
                assertEquals("50", row.getCellText(4));
                assertEquals("40", row.getCellText(8));
            }

            // another organization's admin sees nothing of this volunteer, and issues nothing for them
            login(other, theirs.orgAdminEmail());
            other.open("/app/org/record.xhtml?org=" + ours.organizationId() + "&person=" + ours.volunteerPersonId());
            assertTrue(other.page().contains("无权访问"), other.page());
            other.open("/app/org/record.xhtml?org=" + theirs.organizationId() + "&person="
                    + ours.volunteerPersonId());
            assertTrue(other.page().contains("无权访问"), other.page());
            assertFalse(other.has("certificate:issue"));
            get("app/service-record.csv?org=" + ours.organizationId() + "&person=" + ours.volunteerPersonId(), other,
                    403);
            assertEquals(403, bytesStatus("app/record-certificate.pdf?number=" + number, other));
            get("app/org/service-records.csv?org=" + ours.organizationId(), other, 403);
        }
    }

    /**
     * The organization's reports: its admin opens them (charts with the same figures in tables, axe, no policy
     * refusals), changes the period with the keyboard, and downloads a table as XLSX whose rows are the page's; a
     * supervisor there sees the same page over their own supervisee only; another organization's admin and a
     * volunteer are refused (403), the files too.
     */
    @Test
    void anOrganizationsReportsShowItsAdminTheWholeOrganizationAndASupervisorTheirSuperviseesOnly() throws Exception {
        CredentialSetup.Setup ours = CredentialSetup.organizationWithVolunteer(PlatformWar.base(deployed), "p" + RUN);
        CredentialSetup.Setup theirs = CredentialSetup.organizationWithVolunteer(PlatformWar.base(deployed), "q" + RUN);
        String supervisorEmail = "rpt.supervisor." + RUN + "@example.cn";
        String secondEmail = "rpt.second." + RUN + "@example.cn";
        try (Browser people = browser()) {
            CredentialSetup.register(people, "报表督导" + RUN, supervisorEmail);
            CredentialSetup.register(people, "第二志愿者" + RUN, secondEmail);
        }
        try (Browser orgAdmin = browser()) {
            login(orgAdmin, ours.orgAdminEmail());
            Invitations.join(PlatformWar.base(deployed), orgAdmin, ours.organizationId(), supervisorEmail,
                    CredentialSetup.PASSWORD);
            Invitations.join(PlatformWar.base(deployed), orgAdmin, ours.organizationId(), secondEmail,
                    CredentialSetup.PASSWORD);
        }
        long supervisor = CredentialSetup.personId(supervisorEmail);
        long second = CredentialSetup.personId(secondEmail);
        long admin = CredentialSetup.personId(ours.orgAdminEmail());
        update("UPDATE idn_membership SET roles = 'SUPERVISOR,VOLUNTEER' WHERE person_id = " + supervisor
                + " AND organization_id = " + ours.organizationId());
        YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        LocalDate day = last.atDay(10);
        // the supervisor signed off the first volunteer's hour on the hotline; the admin the second's 90 minutes in
        // a group; one more of the first volunteer's sessions waits for the supervisor
        reportSession(ours.volunteerPersonId(), ours.organizationId(), supervisor, day, 60, "HOTLINE", "APPROVED");
        reportSession(second, ours.organizationId(), admin, day, 90, "GROUP", "APPROVED");
        reportSession(ours.volunteerPersonId(), ours.organizationId(), supervisor, day.plusDays(1), 45, "HOTLINE",
                "SUBMITTED");
        String period = "&from=" + last + "&to=" + last;
        try (Browser learner = browser()) {
            login(learner, ours.volunteerEmail());
            finishMicroLesson(learner, "M-001");
            finishMicroLesson(learner, "M-003");
        }

        try (Browser orgAdmin = browser(); Browser sup = browser(); Browser other = browser();
             Browser volunteer = browser()) {
            login(orgAdmin, ours.orgAdminEmail());
            orgAdmin.open("/app/org/reports.xhtml?org=" + ours.organizationId()).assertAccessible();
            assertTrue(orgAdmin.text("report-scope").contains("（4 名成员）"), orgAdmin.text("report-scope"));
            assertFalse(orgAdmin.all(By.cssSelector("#practice-months canvas")).isEmpty(), "a chart beside the table");
            assertEquals(1, orgAdmin.all(By.cssSelector("#practice-months-table caption")).size());
            assertTrue(orgAdmin.has("section-verification"), "the admin sees the API's calls");
            assertTrue(orgAdmin.text("practice-backlog-table").contains("1"), orgAdmin.text("practice-backlog-table"));
            YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
            String micro = get("app/org/report.csv?org=" + ours.organizationId() + "&from=" + now + "&to=" + now
                    + "&table=learning-micro", orgAdmin, 200);
            assertTrue(micro.contains("2,1,2.0"), "two micro-lessons by one active learner this month: " + micro);
            assertTrue(orgAdmin.text("learning-micro-table").contains("2.0"), orgAdmin.text("learning-micro-table"));

            // the period, by keyboard: from month, to month, the button
            orgAdmin.set("report-from", last.toString()).set("report-to", last.toString());
            orgAdmin.find("report-from").click();
            orgAdmin.tab("report-to", true, 3); // a month field may stop once in its month and once in its year
            orgAdmin.tab("report-show", true, 3);
            orgAdmin.pressForPage(Keys.ENTER);
            assertTrue(orgAdmin.url().contains("from=" + last), orgAdmin.url());
            String months = orgAdmin.text("practice-months-table");
            assertTrue(months.contains(last.toString()) && months.contains("2.5"), months);
            assertFalse(months.contains(last.minusMonths(1).toString()), "only the chosen month: " + months);
            orgAdmin.assertAccessible();

            byte[] xlsx = bytes("app/org/report.xlsx?org=" + ours.organizationId() + period
                    + "&table=practice-modalities", orgAdmin, 200);
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertEquals("服务形式", rows.get(0).getCellText(0));
                assertEquals(0, new java.math.BigDecimal("1").compareTo(cell(rows, "热线", 2)));
                assertEquals(0, new java.math.BigDecimal("1.5").compareTo(cell(rows, "团体", 2)));
                assertEquals(0, java.math.BigDecimal.ZERO.compareTo(cell(rows, "面对面", 2)));
            }
            String csv = get("app/org/report.csv?org=" + ours.organizationId() + period
                    + "&table=practice-supervisors", orgAdmin, 200);
            assertTrue(csv.startsWith("\uFEFF督导,"), csv);
            assertTrue(csv.contains("报表督导" + RUN + ",1,1,0,0"), csv);

            login(sup, supervisorEmail);
            sup.open("/app/org/reports.xhtml?org=" + ours.organizationId() + period).assertAccessible();
            assertTrue(sup.text("report-scope").contains("（1 名"), sup.text("report-scope"));
            String theirMonths = sup.text("practice-months-table");
            assertTrue(theirMonths.contains("1.0") && !theirMonths.contains("2.5"), theirMonths);
            assertFalse(sup.has("section-verification"), "the organization's API keys are not a supervisor's");
            String supervised = get("app/org/report.csv?org=" + ours.organizationId() + period
                    + "&table=practice-modalities", sup, 200);
            assertTrue(supervised.contains("团体,0,0"), "the admin's supervisee is not theirs: " + supervised);
            get("app/org/report.csv?org=" + ours.organizationId() + period + "&table=verification-calls", sup, 404);

            login(other, theirs.orgAdminEmail());
            other.open("/app/org/reports.xhtml?org=" + ours.organizationId());
            assertTrue(other.page().contains("无权访问"), other.page());
            get("app/org/report.xlsx?org=" + ours.organizationId() + period + "&table=practice-months", other, 403);

            login(volunteer, ours.volunteerEmail());
            volunteer.open("/app/org/reports.xhtml?org=" + ours.organizationId());
            assertTrue(volunteer.page().contains("无权访问"), volunteer.page());
            get("app/org/report.csv?org=" + ours.organizationId() + period + "&table=practice-months", volunteer, 403);
        }
    }

    /** The volunteer (logged in) marks the micro-lesson finished on its page. */
    private static void finishMicroLesson(Browser volunteer, String code) {
        volunteer.open("/micro-lesson.xhtml?code=" + code);
        volunteer.submit("finish:submit");
        assertTrue(volunteer.text("micro-finished").contains("你已于"), volunteer.page());
    }

    private static java.math.BigDecimal cell(List<Row> rows, String first, int column) {
        return new java.math.BigDecimal(rows.stream().filter(r -> r.getCellText(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first)).getCellText(column));
    }

    private static void update(String sql) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void reportSession(long volunteer, long organization, long supervisor, LocalDate day, int minutes,
                                      String modality, String status) {
        boolean decided = !status.equals("SUBMITTED");
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement insert = db.prepareStatement("INSERT INTO prc_session (volunteer_id, organization_id, "
                     + "supervisor_id, session_date, start_time, minutes, modality, population, risk_level, reflection, "
                     + "status, submitted_at, decided_by, decided_at, created_at) VALUES (?,?,?,?, ?, ?,?, "
                     + "'GENERAL_PUBLIC', 'LOW', '报表测试', ?, NOW(6) - INTERVAL 2 DAY, ?, "
                     + (decided ? "TIMESTAMP('" + day + " 04:00:00')" : "NULL") + ", NOW(6))")) {
            insert.setLong(1, volunteer);
            insert.setLong(2, organization);
            insert.setLong(3, supervisor);
            insert.setObject(4, day);
            insert.setString(5, decided ? "10:00:00" : "15:00:00");
            insert.setInt(6, minutes);
            insert.setString(7, modality);
            insert.setString(8, status);
            insert.setObject(9, decided ? supervisor : null);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long session(CredentialSetup.Setup setup, long supervisor, LocalDate day, int minutes, String modality,
                         String status, Long reversalOf, String comment) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement insert = db.prepareStatement("INSERT INTO prc_session (volunteer_id, organization_id, "
                     + "supervisor_id, session_date, start_time, minutes, modality, population, risk_level, reflection, "
                     + "status, reversal_of, reversal_reason, submitted_at, decided_by, decided_at, decision_comment, "
                     + "created_at) VALUES (?,?,?,?,?,?,?, 'GENERAL_PUBLIC', 'LOW', '记录测试', ?,?,?, NOW(6), ?, NOW(6), ?, "
                     + "NOW(6))", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, setup.volunteerPersonId());
            insert.setLong(2, setup.organizationId());
            insert.setLong(3, supervisor);
            insert.setObject(4, day);
            insert.setString(5, reversalOf == null ? "10:00:00" : "11:00:00");
            insert.setInt(6, minutes);
            insert.setString(7, modality);
            insert.setString(8, status);
            insert.setObject(9, reversalOf);
            insert.setString(10, reversalOf == null ? null : "记错了");
            insert.setLong(11, supervisor);
            insert.setString(12, comment);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean audited(String action, String subject) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement query = db.prepareStatement(
                     "SELECT COUNT(*) FROM krn_audit_event WHERE action = ? AND subject = ?")) {
            query.setString(1, action);
            query.setString(2, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private String get(String path, Browser who, int status) throws Exception {
        HttpResponse<byte[]> response = send(path, who);
        assertEquals(status, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String path, Browser who, int status) throws Exception {
        HttpResponse<byte[]> response = send(path, who);
        assertEquals(status, response.statusCode(), path);
        return response.body();
    }

    private int bytesStatus(String path, Browser who) throws Exception {
        return send(path, who).statusCode();
    }

    private HttpResponse<byte[]> send(String path, Browser who) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(PlatformWar.base(deployed).resolve(path))
                .header("Cookie", who.sessionCookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Browser browser() {
        return new Browser(PlatformWar.base(deployed), "zh-CN");
    }

    private static void login(Browser browser, String email) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", CredentialSetup.PASSWORD)
                .submit("login:submit");
        assertTrue(browser.url().contains("/app/home.xhtml"), browser.page());
    }
}
