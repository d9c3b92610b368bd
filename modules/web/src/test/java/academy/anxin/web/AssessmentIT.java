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
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Competency assessments, in real browsers: a supervisor (holding an L4 in the organization) opens the rubric for a
 * volunteer's observed role-play, is refused for what is missing, scores every criterion (the first with the
 * keyboard alone) and records it; the
 * volunteer reads each level with its descriptor and the comment, and the helpline tier's observed role-play shows
 * as met on the path. A supervisor of another organization is not offered that volunteer, and a forged choice of
 * them records nothing. Reversed with a reason, the assessment no longer counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String L2_RUBRIC = "L2-CALL-ROLEPLAY · 热线通话观察评估（角色扮演或实际来电）";

    @ArquillianResource
    URL deployed;

    @Test
    void aSupervisorRecordsAnObservedRolePlayTheVolunteerSeesItAndThePathCountsIt() {
        URI base = PlatformWar.base(deployed);
        CredentialSetup.Setup a = CredentialSetup.organizationWithVolunteer(base, "asa" + RUN);
        CredentialSetup.Setup b = CredentialSetup.organizationWithVolunteer(base, "asb" + RUN);
        supervisorWithL4(base, a, "asa" + RUN);
        supervisorWithL4(base, b, "asb" + RUN);
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        String volunteerA = "持证志愿者asa" + RUN + " · 证书测试机构asa" + RUN;

        try (Browser supervisor = browser(); Browser volunteer = browser(); Browser other = browser()) {
            CredentialSetup.login(supervisor, a.orgAdminEmail(), a.password());
            supervisor.open("/app/supervision.xhtml").assertAccessible();
            supervisor.select("assess:volunteer", volunteerA).select("assess:rubric", L2_RUBRIC)
                    .submit("assess:chooseRubric");
            assertTrue(supervisor.text("pass-rule").contains("自杀风险筛查"), supervisor.text("pass-rule"));
            assertTrue(supervisor.text("criterion-suicide-risk-screening").contains("两个0到10的分数"),
                    "each level is labelled by its descriptor: " + supervisor.text("criterion-suicide-risk-screening"));
            supervisor.assertAccessible();

            // nothing scored, no comment: refused, each problem at its field and in the summary
            supervisor.submit("assess:record");
            supervisor.assertRefused("assess:comment", "请填写此项");
            assertTrue(supervisor.text("error-summary").contains("请为这项标准选择等级"), supervisor.text("error-summary"));
            assertEquals(0, assessments(a.volunteerPersonId()));

            supervisor.select("assess:observedIn", "角色扮演").set("assess:observedOn", yesterday);
            int criteria = supervisor.all(By.cssSelector("fieldset[id^='criterion-']")).size();
            assertEquals(6, criteria);
            // the first criterion with the keyboard alone: Tab into its radio group, Space, then the arrows
            supervisor.tab("assess:criteria:0:level:0", true, 40);
            assertTrue(supervisor.focusName().contains("未达到"), "each radio is named by its level and descriptor: "
                    + supervisor.focusName());
            supervisor.press(Keys.SPACE).press(Keys.DOWN).press(Keys.DOWN);
            assertTrue(supervisor.find("assess:criteria:0:level:2").isSelected(), "level 3 chosen by the arrows");
            for (int i = 1; i < criteria; i++) {
                supervisor.find("assess:criteria:" + i + ":level:2").click(); // level 3, competent
            }
            supervisor.type("assess:comment", "开场和知情同意自然；直接询问了自杀想法并问了两个分数。结束时转介可以更具体。")
                    .submit("assess:record");
            assertTrue(supervisor.text("status").contains("评估已记录并签核：通过"), supervisor.page());
            assertFalse(supervisor.has("error-summary"));
            assertTrue(supervisor.text("recent-assessments").contains("L2-CALL-ROLEPLAY"),
                    supervisor.text("recent-assessments"));
            assertEquals(1, assessments(a.volunteerPersonId()));

            CredentialSetup.login(volunteer, a.volunteerEmail(), a.password());
            volunteer.open("/app/path.xhtml").assertAccessible();
            String mine = volunteer.text("assessments");
            assertTrue(mine.contains("热线通话观察评估") && mine.contains("通过") && mine.contains("角色扮演"), mine);
            assertTrue(mine.contains("自杀风险筛查") && mine.contains("3 级 · 胜任"), mine);
            assertTrue(mine.contains("两个0到10的分数"), "the descriptor of the level given: " + mine);
            assertTrue(mine.contains("结束时转介可以更具体"), mine);
            WebElement requirement = volunteer.find("step-L2").findElement(
                    By.xpath(".//li[contains(., '通过一次观察评估')]"));
            assertEquals("met", requirement.getAttribute("class"), requirement.getText());
            assertTrue(requirement.getText().contains("通过一次观察评估"), requirement.getText());

            // a supervisor of another organization: the volunteer is not offered, and a forged choice is refused
            CredentialSetup.login(other, b.orgAdminEmail(), b.password());
            other.open("/app/supervision.xhtml");
            String offered = other.find("assess:volunteer").getText();
            assertFalse(offered.contains("持证志愿者asa" + RUN), offered);
            assertTrue(offered.contains("持证志愿者asb" + RUN), offered);
            other.select("assess:rubric", L2_RUBRIC).submit("assess:chooseRubric");
            ((JavascriptExecutor) other.driver()).executeScript("var o = document.createElement('option');"
                    + "o.value = arguments[1]; o.text = 'forged'; arguments[0].appendChild(o); arguments[0].value = o.value;",
                    other.find("assess:volunteer"), a.organizationId() + ":" + a.volunteerPersonId());
            other.select("assess:observedIn", "角色扮演").set("assess:observedOn", yesterday);
            for (int i = 0; i < criteria; i++) {
                other.find("assess:criteria:" + i + ":level:3").click();
            }
            other.type("assess:comment", "伪造的评估。").submit("assess:record");
            assertTrue(other.has("error-summary"), other.page());
            assertFalse(other.page().contains("评估已记录"), other.page());
            assertEquals(1, assessments(a.volunteerPersonId()), "nothing recorded across organizations");

            // recorded for the wrong role-play: reversed with a reason, it no longer counts, and the volunteer is told
            supervisor.open("/app/supervision.xhtml");
            supervisor.type("recent:0:reverse:reason", "记错了：这是另一次练习的评分。").submit("recent:0:reverse:reverse");
            assertTrue(supervisor.text("status").contains("评估已撤销"), supervisor.page());
            assertTrue(supervisor.text("recent-assessments").contains("记错了：这是另一次练习的评分。"),
                    supervisor.text("recent-assessments"));
            supervisor.assertAccessible();
            volunteer.open("/app/path.xhtml");
            assertTrue(volunteer.text("assessments").contains("撤销：记错了：这是另一次练习的评分。"),
                    volunteer.text("assessments"));
            volunteer.assertAccessible();
            WebElement unmet = volunteer.find("step-L2").findElement(By.xpath(".//li[contains(., '通过一次观察评估')]"));
            assertEquals("unmet", unmet.getAttribute("class"), unmet.getText());
        }
    }

    /** The organization's admin also supervises there, with an L4 recognized, so that they may sign off. */
    private static void supervisorWithL4(URI base, CredentialSetup.Setup setup, String run) {
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, setup.orgAdminEmail(), setup.password());
            admin.open("/app/org/members.xhtml?org=" + setup.organizationId());
            int row = rowOf(admin, "机构管理员" + run);
            admin.check("members:table:" + row + ":supervisor", true).submit("members:table:" + row + ":save");
        }
        CredentialSetup.recognize(base, setup.orgAdminEmail(), setup.password(), setup.organizationId(),
                CredentialSetup.personId(setup.orgAdminEmail()), "L4");
    }

    private static int rowOf(Browser browser, String name) {
        for (int i = 0; i < 20; i++) {
            if (browser.has("name-" + i) && browser.text("name-" + i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed: " + browser.page());
    }

    private static int assessments(long volunteerId) {
        return (int) TestDatabase.count("SELECT COUNT(*) FROM prc_assessment WHERE volunteer_id = ?", volunteerId);
    }

    private Browser browser() {
        return new Browser(PlatformWar.base(deployed), "zh-CN");
    }
}
