package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.Listings;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A region's coordinators in real browsers. Two organizations' admins place them in two districts of one city (a
 * malformed code refused, in words); the platform admin grants one person the first district and another the city,
 * and rebuilds the summaries from the ledgers (practice written straight into the database, as a restore would).
 * The district's coordinator sees their organization's counts, small ones as "&lt; 5", and nobody's name; the
 * neighbouring district, the city above, or a code that is no code answer 403; the city's coordinator sees both
 * districts. The dashboard passes axe, reflows at 320 px and is worked by keyboard; once the grant is withdrawn,
 * the district's coordinator sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegionIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    URL deployed;

    @Test
    void aDistrictsCoordinatorSeesItsOrganizationsCountsAndNothingOfAnotherDistrict() {
        URI base = PlatformWar.base(deployed);
        CredentialSetup.Setup ours = CredentialSetup.organizationWithVolunteer(base, "g" + RUN);
        CredentialSetup.Setup theirs = CredentialSetup.organizationWithVolunteer(base, "h" + RUN);
        // two districts of Guangzhou (4401xx) of this run's own, and the city above them
        int pair = 10 + (int) (Long.parseLong(RUN) % 80);
        String district = "4401" + pair;
        String neighbour = "4401" + (pair + 1);
        String city = "440100";
        String districtCoordinator = "coord.district." + RUN + "@example.cn";
        String cityCoordinator = "coord.city." + RUN + "@example.cn";
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
        long admin = CredentialSetup.personId(ours.orgAdminEmail());
        session(ours, admin, day, 50, "HOTLINE", "APPROVED");
        session(ours, admin, day, 40, "ROLE_PLAY", "APPROVED");
        session(ours, admin, day, 30, "HOTLINE", "SUBMITTED");
        CredentialSetup.credentialByRecognition(base, ours, "L1");

        try (Browser orgAdmin = browser(); Browser otherAdmin = browser(); Browser platform = browser();
             Browser coordinator = browser(); Browser cityView = browser()) {
            CredentialSetup.login(orgAdmin, ours.orgAdminEmail(), CredentialSetup.PASSWORD);
            orgAdmin.open("/app/org/region.xhtml?org=" + ours.organizationId()).assertAccessible();
            orgAdmin.type("place:region", "12345").submit("place:submit");
            orgAdmin.assertRefused("place:region", "地区代码 12345 不正确").assertAccessible();
            orgAdmin.type("place:region", district).submit("place:submit");
            assertTrue(orgAdmin.text("org-region-now").contains(district), orgAdmin.page());
            assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'ORGANIZATION_REGION_SET'"
                    + " AND subject = ?", "organization:" + ours.organizationId()));
            CredentialSetup.login(otherAdmin, theirs.orgAdminEmail(), CredentialSetup.PASSWORD);
            otherAdmin.open("/app/org/region.xhtml?org=" + theirs.organizationId());
            otherAdmin.type("place:region", neighbour).submit("place:submit");
            otherAdmin.open("/app/org/region.xhtml?org=" + ours.organizationId());
            assertTrue(otherAdmin.page().contains("无权访问"), "another organization's region: " + otherAdmin.page());

            CredentialSetup.register(coordinator, "区协调员" + RUN, districtCoordinator);
            CredentialSetup.register(cityView, "市协调员" + RUN, cityCoordinator);
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/coordinators.xhtml").assertAccessible();
            platform.type("grant:email", districtCoordinator).type("grant:region", "99999").submit("grant:submit");
            platform.assertRefused("grant:region", "地区代码 99999 不正确");
            platform.type("grant:email", districtCoordinator).type("grant:region", district).submit("grant:submit");
            platform.type("grant:email", cityCoordinator).type("grant:region", city).submit("grant:submit");
            assertEquals(2, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'COORDINATOR_GRANTED'"
                    + " AND subject IN (?, ?)", "person:" + CredentialSetup.personId(districtCoordinator),
                    "person:" + CredentialSetup.personId(cityCoordinator)));

            // kept current by events: the memberships and the credential show at once; the sessions written
            // straight into the database do not, until the summaries are rebuilt from the ledgers
            CredentialSetup.login(coordinator, districtCoordinator, CredentialSetup.PASSWORD);
            assertTrue(coordinator.has("nav-region"), "a coordinator's navigation leads to the dashboard");
            coordinator.open("/app/region.xhtml");
            List<WebElement> before = ourRow(coordinator).findElements(By.tagName("td"));
            assertEquals("< 5", before.get(0).getText(), "two members, by identity's events");
            assertEquals("< 5", before.get(1).getText(), "one L1, by credentials' event");
            assertEquals("0.0", before.get(5).getText(), "no service yet: the sessions came in behind the events");
            platform.submit("rebuild:submit");
            assertTrue(platform.page().contains("地区汇总已从记录重建"), platform.page());
            coordinator.open("/app/region.xhtml").assertAccessible();
            String table = coordinator.text("region-organizations");
            assertTrue(table.contains("证书测试机构g" + RUN), table);
            assertFalse(table.contains("证书测试机构h" + RUN), "the neighbouring district's organization: " + table);
            String cells = ourRow(coordinator).getText();
            assertEquals("0.8", ourRow(coordinator).findElements(By.tagName("td")).get(5).getText(), cells);
            assertTrue(cells.contains("< 5"), "two volunteers and one waiting session are shown as < 5: " + cells);
            assertTrue(cells.contains("0.8"), "50 minutes of hotline service, the role-play is training: " + cells);
            assertFalse(coordinator.page().contains("持证志愿者g" + RUN), "nobody's name");
            assertFalse(coordinator.page().contains(ours.volunteerEmail()), "nobody's address");
            assertFalse(coordinator.page().contains("机构管理员g" + RUN), "nobody's name");
            assertTrue(coordinator.text("readiness-total").contains("< 5"), coordinator.text("readiness-total"));

            // keyboard: the division field and its button are reached with Tab and work with Enter
            coordinator.find("choose-region").clear();
            coordinator.find("choose-region").sendKeys(district);
            assertEquals(1, coordinator.tab("choose-submit", true, 1));
            coordinator.pressForPage(Keys.ENTER);
            assertTrue(coordinator.url().contains("region=" + district), coordinator.url());
            assertTrue(coordinator.text("region-organizations").contains("证书测试机构g" + RUN));
            // reflow: at 320 px nothing but the tables' own boxes scrolls sideways
            coordinator.driver().manage().window().setSize(new Dimension(320, 800));
            Object wide = ((JavascriptExecutor) coordinator.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(((Number) wide).intValue() <= 0, "sideways scrolling at 320 px: " + wide);
            coordinator.driver().manage().window().setSize(new Dimension(1280, 1000));

            // beside the service data, the feedback of the people the division's listed organizations served:
            // no averages under five answers, and while ours alone has a few, not the division's sum either
            String listed = "地区反馈热线" + RUN;
            Listings.apply(orgAdmin, ours.organizationId(), listed, district);
            Listings.verify(platform, ours.organizationId());
            coordinator.open("/app/region.xhtml?region=" + district);
            assertTrue(coordinator.text("region-feedback").contains(listed), coordinator.text("region-feedback"));
            int[] ratings = {5, 4, 4, 3, 5};
            for (int i = 0; i < 4; i++) {
                answer(ours.organizationId(), ratings[i], i % 2 == 0);
            }
            coordinator.open("/app/region.xhtml?region=" + district);
            assertTrue(feedbackRow(coordinator, listed).getText().contains("不足 5 条"), coordinator.text("region-feedback"));
            assertTrue(coordinator.text("feedback-total").contains("不足 5 条"),
                    "the sum would tell the one organization's: " + coordinator.text("feedback-total"));
            answer(ours.organizationId(), ratings[4], true);
            coordinator.open("/app/region.xhtml?region=" + district).assertAccessible();
            List<String> answers = feedbackRow(coordinator, listed).findElements(By.tagName("td")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("5", "4.2", "100%", "60%"), answers, "five answers: count, mean, respected, told");
            assertTrue(coordinator.text("feedback-total").contains("4.2"), coordinator.text("feedback-total"));

            // tampered addresses: the district next door, the city above, and no code at all
            for (String tampered : new String[] {neighbour, city, "440000", "abc", "4401" + pair + "0"}) {
                coordinator.open("/app/region.xhtml?region=" + tampered);
                assertTrue(coordinator.page().contains("无权访问"), tampered + ": " + coordinator.page());
                assertFalse(coordinator.page().contains("证书测试机构h" + RUN), tampered);
            }

            CredentialSetup.login(cityView, cityCoordinator, CredentialSetup.PASSWORD);
            cityView.open("/app/region.xhtml?region=" + city).assertAccessible();
            String cityTable = cityView.text("region-organizations");
            assertTrue(cityTable.contains("证书测试机构g" + RUN) && cityTable.contains("证书测试机构h" + RUN), cityTable);
            cityView.open("/app/region.xhtml?region=" + neighbour);
            assertFalse(cityView.text("region-organizations").contains("证书测试机构g" + RUN), "a district within it");
            cityView.open("/app/region.xhtml?region=440300");
            assertTrue(cityView.page().contains("无权访问"), "another city: " + cityView.page());

            // the platform admin withdraws the district's grant: its coordinator sees nothing any more
            platform.open("/admin/coordinators.xhtml");
            WebElement withdraw = platform.all(By.cssSelector("input[aria-label*='区协调员" + RUN + "']")).get(0);
            platform.submit(withdraw);
            assertTrue(platform.page().contains("已撤销协调员角色"), platform.page());
            assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'COORDINATOR_WITHDRAWN'"
                    + " AND subject = ?", "person:" + CredentialSetup.personId(districtCoordinator)));
            coordinator.open("/app/region.xhtml?region=" + district);
            assertTrue(coordinator.page().contains("无权访问"), coordinator.page());
            coordinator.open("/app/home.xhtml");
            assertFalse(coordinator.has("nav-region"));
        }
    }

    private static WebElement feedbackRow(Browser coordinator, String listed) {
        return coordinator.all(By.xpath("//table[@id='region-feedback']/tbody/tr[th[contains(., '" + listed + "')]]"))
                .get(0);
    }

    /**
     * Someone the organization served answers its public feedback form, felt respected; from 127.0.0.2, so that
     * the form's per-client limit, shared with the other test classes on 127.0.0.1, is this test's own.
     */
    private void answer(long organizationId, int rating, boolean toldMoreHelp) {
        URI elsewhere = URI.create("http://127.0.0.2:" + deployed.getPort() + "/");
        try (Browser served = new Browser(elsewhere, "zh-CN")) {
            served.open("/help/feedback/" + organizationId);
            served.find("answer:rating:" + (5 - rating)).click();
            served.find("answer:respected:0").click();
            served.find("answer:toldMoreHelp:" + (toldMoreHelp ? 0 : 1)).click();
            served.submit("answer:send");
            assertTrue(served.has("feedback-thanks"), served.page());
        }
    }

    private static WebElement ourRow(Browser coordinator) {
        return coordinator.all(By.xpath("//table[@id='region-organizations']/tbody/tr[th[contains(., '证书测试机构g"
                + RUN + "')]]")).get(0);
    }

    private static void session(CredentialSetup.Setup setup, long supervisor, LocalDate day, int minutes,
                                String modality, String status) {
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             PreparedStatement insert = db.prepareStatement("INSERT INTO prc_session (volunteer_id, organization_id, "
                     + "supervisor_id, session_date, start_time, minutes, modality, population, risk_level, reflection, "
                     + "status, submitted_at, decided_by, decided_at, created_at) VALUES (?,?,?,?, '10:00:00', ?, ?,"
                     + " 'GENERAL_PUBLIC', 'LOW', '地区测试', ?, NOW(6), ?, ?, NOW(6))")) {
            insert.setLong(1, setup.volunteerPersonId());
            insert.setLong(2, setup.organizationId());
            insert.setLong(3, supervisor);
            insert.setObject(4, day);
            insert.setInt(5, minutes);
            insert.setString(6, modality);
            insert.setString(7, status);
            boolean decided = status.equals("APPROVED");
            insert.setObject(8, decided ? supervisor : null);
            insert.setObject(9, decided ? java.time.LocalDateTime.now(java.time.ZoneOffset.UTC) : null);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(String sql, Object... parameters) {
        return TestDatabase.count(sql, parameters);
    }

    private Browser browser() {
        return new Browser(PlatformWar.base(deployed), "zh-CN");
    }
}
