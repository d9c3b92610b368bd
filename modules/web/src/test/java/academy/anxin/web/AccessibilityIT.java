package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.PlatformWar;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The pages of every role, walked in both languages at a desktop width and at 320 CSS px (400% zoom of a 1280 px
 * window), against the WCAG 2.2 criteria a page's layout decides: nothing scrolls sideways at 320 px (1.4.10
 * reflow), every link, button and field is at least 24 by 24 px (2.5.8 target size; a link inside a sentence is
 * the criterion's own exception), the page and each passage in the other language say their language (3.1.1,
 * 3.1.2), the help link is in the same place on every page (3.2.6), and axe finds nothing serious. All findings of
 * a walk are collected and reported together, page by page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    /** Every visitor's page. */
    private static final List<String> PUBLIC = List.of("/", "/catalog.xhtml", "/course.xhtml?code=L1-INTRO",
            "/micro-lessons.xhtml", "/micro-lesson.xhtml?code=M-001", "/search.xhtml?q=%E5%80%BE%E5%90%AC",
            "/verify.xhtml", "/login.xhtml", "/register.xhtml", "/site-help.xhtml", "/help", "/no-such-page.xhtml",
            "/expired.xhtml");

    /** A volunteer's pages. */
    private static final List<String> VOLUNTEER = List.of("/app/home.xhtml", "/app/learning.xhtml",
            "/app/lesson.xhtml?course=L1-INTRO&lesson=what-volunteers-do", "/app/practice.xhtml", "/app/exams.xhtml",
            "/app/path.xhtml", "/app/account.xhtml");

    /** The platform admin's pages. */
    private static final List<String> PLATFORM_ADMIN = List.of("/admin/organizations.xhtml", "/admin/content.xhtml",
            "/admin/exams.xhtml", "/admin/credentials.xhtml", "/admin/audit.xhtml", "/admin/listings.xhtml",
            "/admin/exam-drafts.xhtml?exam=EXAM-L1", "/admin/coordinators.xhtml");

    /** Pages this class cannot reach with its people, and the test that opens each (with axe) instead. */
    private static final java.util.Map<String, String> WALKED_ELSEWHERE = java.util.Map.ofEntries(
            java.util.Map.entry("/app/exam.xhtml", "ExamIT (needs an open attempt)"),
            java.util.Map.entry("/app/exam-result.xhtml", "ExamIT (needs a submitted attempt)"),
            java.util.Map.entry("/app/supervision.xhtml", "PracticeIT (needs a supervisor with an L4)"),
            java.util.Map.entry("/app/supervisee.xhtml", "PracticeIT (needs a supervisor's volunteer)"),
            java.util.Map.entry("/admin/item-statistics.xhtml", "ExamIT (needs an exam's answers)"),
            java.util.Map.entry("/error.xhtml", "this class, as the answer to /no-such-page.xhtml"),
            java.util.Map.entry("/help.xhtml", "this class, as /help (HelpServlet shows it)"),
            java.util.Map.entry("/help-check.xhtml", "ServicesIT (needs a listed organization)"),
            java.util.Map.entry("/help-feedback.xhtml", "ServicesIT (needs a listed organization)"),
            java.util.Map.entry("/verify-record.xhtml", "RecordsIT (needs an issued certificate)"),
            java.util.Map.entry("/app/org/record.xhtml", "RecordsIT (needs a member's record)"),
            java.util.Map.entry("/app/region.xhtml", "RegionIT (needs a regional coordinator)"));

    /** Run in the page: the controls smaller than 24 × 24 px, each as "tag#id 'text' w×h". */
    private static final String SMALL_TARGETS = """
            var small = [];
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')
                .forEach(function (e) {
              var r = e.getBoundingClientRect(), style = getComputedStyle(e);
              if (r.width === 0 || r.height === 0 || style.visibility === 'hidden'
                  || e.closest('.visually-hidden, .ui-helper-hidden-accessible, .skip-link')) { return; }
              var text = (e.textContent || e.value || '').trim();
              if (e.tagName === 'A' && style.display === 'inline' && e.parentElement
                  && e.parentElement.textContent.trim().length > text.length) { return; }
              if (r.width < 23.5 || r.height < 23.5) {
                small.push(e.tagName.toLowerCase() + '#' + e.id + " '" + text.substring(0, 30) + "' "
                    + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            });
            return small.join('; ');""";

    /** Run in the page: what sticks out past the window's right edge, widest first. */
    private static final String OVERFLOW = """
            var root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) { return ''; }
            var wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > width + 0.5 && r.width > 0) {
                wide.push([r.right, e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)]);
              }
            });
            wide.sort(function (a, b) { return b[0] - a[0]; });
            return 'scrollWidth ' + root.scrollWidth + ' > ' + width + ': '
                + wide.slice(0, 6).map(function (w) { return w[1]; }).join(', ');""";

    /** Run in the page: text in the other language without a lang of its own, and the help link's place. */
    private static final String LANGUAGE_AND_HELP = """
            var problems = [], page = document.documentElement.lang;
            if (!page) { problems.push('no lang on html'); }
            var help = document.getElementById('help-link');
            if (!help || !help.closest('footer')) { problems.push('no help link in the footer'); }
            return problems.join('; ');""";

    @ArquillianResource
    URL deployed;

    @Test
    void everyRolesPagesReflowAtThreeHundredTwentyPixelsWithTargetsOfTwentyFourInBothLanguages() {
        URI base = PlatformWar.base(deployed);
        prepare(base);
        List<String> problems = new ArrayList<>();
        for (String language : new String[] {"zh-CN", "en"}) {
            try (Browser visitor = new Browser(base, language)) {
                List<String> pages = new ArrayList<>(PUBLIC);
                pages.add("/verify/" + number);
                walk(visitor, pages, problems);
            }
            try (Browser volunteer = new Browser(base, language)) {
                CredentialSetup.login(volunteer, setup.volunteerEmail(), setup.password());
                english(volunteer, language);
                walk(volunteer, VOLUNTEER, problems);
                walk(volunteer, List.of("/app/records.xhtml?org=" + setup.organizationId()), problems);
            }
            try (Browser orgAdmin = new Browser(base, language)) {
                CredentialSetup.login(orgAdmin, setup.orgAdminEmail(), setup.password());
                english(orgAdmin, language);
                walk(orgAdmin, List.of("/app/org/members.xhtml?org=" + setup.organizationId(),
                        "/app/org/credentials.xhtml?org=" + setup.organizationId(),
                        "/app/org/records.xhtml?org=" + setup.organizationId(),
                        "/app/org/reports.xhtml?org=" + setup.organizationId(),
                        "/app/org/listing.xhtml?org=" + setup.organizationId(),
                        "/app/org/region.xhtml?org=" + setup.organizationId(),
                        "/app/org/feedback.xhtml?org=" + setup.organizationId(),
                        "/app/org/dispatch.xhtml?org=" + setup.organizationId()), problems);
            }
            try (Browser admin = new Browser(base, language)) {
                CredentialSetup.login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
                english(admin, language);
                walk(admin, PLATFORM_ADMIN, problems);
            }
        }
        // the platform admin is shared with the classes that run after this one: leave their language as found
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            english(admin, "zh-CN");
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static CredentialSetup.Setup setup;
    private static String number;

    /** Once per class: an organization, its admin, and a volunteer holding an L1 by recognition. */
    private static void prepare(URI base) {
        if (setup == null) {
            setup = CredentialSetup.organizationWithVolunteer(base, "a11y" + RUN);
            number = CredentialSetup.credentialByRecognition(base, setup, "L1");
        }
    }

    /**
     * The public credential check and an organization admin's claim for a member's prior qualification, with the
     * keyboard alone: what a screen reader is told at each step (names, alerts, the focused summary, the polite
     * notice).
     */
    @Test
    void theCredentialCheckAndAClaimForRecognitionWorkWithTheKeyboardAlone() {
        URI base = PlatformWar.base(deployed);
        prepare(base);
        try (Browser visitor = new Browser(base, "zh-CN")) {
            visitor.open("/verify.xhtml");
            visitor.press(Keys.TAB);
            assertEquals("跳到主要内容", visitor.focusName());
            visitor.press(Keys.ENTER);
            visitor.tab("number", true, 2);
            assertEquals("证书编号", visitor.focusName());
            int check = number.charAt(number.length() - 1) - '0';
            visitor.press(number.substring(0, number.length() - 1) + (check + 1) % 10);
            visitor.pressForPage(Keys.ENTER);
            assertEquals("alert", visitor.find("verify-problem").getAttribute("role"), "a typo is announced");
            visitor.waitFor("the refusal to take focus", d -> "verify-problem".equals(visitor.focused()));
            visitor.tab("number", false, 3);
            visitor.selectAll().press(number);
            visitor.pressForPage(Keys.ENTER);
            assertEquals("证书有效", visitor.text("verdict"));
        }
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, setup.orgAdminEmail(), setup.password());
            admin.open("/app/org/credentials.xhtml?org=" + setup.organizationId());
            admin.tab("claim:person", true, 120);
            assertEquals("成员", admin.focusName());
            admin.tab("claim:submit", true, 4);
            assertEquals("提交认可申请", admin.focusName());
            admin.pressForPage(Keys.ENTER);
            String refusal = admin.find("error-summary").getText();
            admin.assertRefused("claim:person", "");
            assertTrue(refusal.contains("成员"), "the summary names the field: " + refusal);
            admin.tab("claim:person", true, 20);
            admin.press(Keys.DOWN);
            admin.tab("claim:qualification", true, 1);
            admin.press("国家二级心理咨询师");
            admin.tab("claim:description", true, 1);
            admin.press("在社区心理服务站做过三年个体咨询与危机转介。");
            admin.tab("claim:document", true, 1);
            admin.press("证书编号 2019-0000123，人力资源和社会保障部");
            admin.tab("claim:submit", true, 1);
            admin.pressForPage(Keys.ENTER);
            assertTrue(admin.text("status").contains("已提交，等待平台管理员审核"), "told politely: " + admin.text("status"));
        }
    }

    /**
     * An organization admin's decision on a member's credential with the keyboard alone: a suspension without a
     * reason is refused (the alert summary says what to write, and takes the focus), then suspended with one and
     * reinstated, each told in the polite status region; the row's field and buttons name the credential they act
     * on. The credential is left valid, as the other walks expect it.
     */
    @Test
    void anOrganizationAdminSuspendsAndReinstatesAMembersCredentialWithTheKeyboardAlone() {
        URI base = PlatformWar.base(deployed);
        prepare(base);
        try (Browser admin = new Browser(base, "zh-CN")) {
            CredentialSetup.login(admin, setup.orgAdminEmail(), setup.password());
            english(admin, "zh-CN"); // the reflow walk may have left this admin in English
            admin.open("/app/org/credentials.xhtml?org=" + setup.organizationId());
            String reason = rowControl(admin, "input[type='text']");
            String suspend = rowControl(admin, "input[type='submit']");
            admin.tab(reason, true, 120);
            assertEquals("理由", admin.focusName());
            assertEquals(number, admin.description(reason), "the field says whose credential");
            admin.tab(suspend, true, 1);
            assertTrue(admin.focusName().startsWith("暂停") && admin.focusName().endsWith(number), admin.focusName());
            admin.pressForPage(Keys.ENTER);
            assertEquals("alert", admin.find("error-summary").getAttribute("role"));
            assertTrue(admin.text("error-summary").contains("请在“理由”框中写明理由"), admin.text("error-summary"));
            admin.waitFor("the refusal to take focus", d -> "error-summary".equals(admin.focused()));

            admin.tab(reason, true, 120);
            admin.press("持证人暂停服务，等待复核。");
            admin.tab(suspend, true, 1);
            admin.pressForPage(Keys.ENTER);
            assertTrue(admin.text("status").contains("证书 " + number + " 已暂停"), "told politely: " + admin.text("status"));
            assertFalse(admin.has("error-summary"));

            String reinstate = rowControl(admin, "input[type='submit']");
            admin.tab(reason, true, 120);
            admin.press("复核完成，恢复服务。");
            admin.tab(reinstate, true, 1);
            assertTrue(admin.focusName().startsWith("恢复") && admin.focusName().endsWith(number), admin.focusName());
            admin.pressForPage(Keys.ENTER);
            assertTrue(admin.text("status").contains("证书 " + number + " 已恢复"), "told politely: " + admin.text("status"));
        }
    }

    /** The id of a control in the row of the class's credential on the organization's credentials page. */
    private static String rowControl(Browser browser, String css) {
        return browser.find("credential-" + number).findElement(org.openqa.selenium.By.cssSelector(css)).getAttribute("id");
    }

    /** A new page fails here until it is walked: by this class's lists or, with the reason, elsewhere. */
    @Test
    void everyPageIsInAWalk() throws java.io.IOException {
        java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
        List<String> walked = new ArrayList<>();
        for (List<String> list : List.of(PUBLIC, VOLUNTEER, PLATFORM_ADMIN,
                List.of("/app/org/members.xhtml", "/app/org/credentials.xhtml", "/app/org/records.xhtml",
                        "/app/org/reports.xhtml", "/app/org/listing.xhtml", "/app/org/region.xhtml", "/app/records.xhtml",
                        "/app/org/feedback.xhtml", "/app/org/dispatch.xhtml", "/index.xhtml"))) {
            list.forEach(page -> walked.add(page.replaceAll("\\?.*", "")));
        }
        walked.addAll(WALKED_ELSEWHERE.keySet());
        try (var files = java.nio.file.Files.walk(webapp)) {
            List<String> missing = files.map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> page.endsWith(".xhtml") && !page.startsWith("/WEB-INF/")
                            && !page.startsWith("/resources/"))
                    .filter(page -> !walked.contains(page)).sorted().toList();
            assertTrue(missing.isEmpty(), "pages in no walk: " + missing);
        }
    }

    /** A logged-in person's pages follow their preferred language; the header's switch changes it. */
    private static void english(Browser browser, String language) {
        browser.open("/app/home.xhtml");
        if (language.equals("en") && browser.has("lang:en") && browser.find("lang:en").isEnabled()) {
            browser.submit("lang:en");
        } else if (language.equals("zh-CN") && browser.has("lang:zh") && browser.find("lang:zh").isEnabled()) {
            browser.submit("lang:zh");
        }
    }

    private static void walk(Browser browser, List<String> pages, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (String page : pages) {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            browser.open(page);
            String where = browser.lang() + " " + page;
            String expected = browser.lang().startsWith("en") ? "en" : "zh";
            if (!browser.lang().startsWith(expected)) {
                problems.add(where + ": lang " + browser.lang());
            }
            note(problems, where + " language/help", js.executeScript(LANGUAGE_AND_HELP));
            note(problems, where + " desktop targets", js.executeScript(SMALL_TARGETS));
            try {
                browser.assertAccessible();
            } catch (AssertionError axe) {
                problems.add(where + " desktop: " + axe.getMessage());
            }
            browser.driver().manage().window().setSize(new Dimension(320, 800));
            browser.waitFor("a 320 px wide window", d -> ((Number) js.executeScript(
                    "return document.documentElement.clientWidth;")).intValue() <= 320);
            note(problems, where + " 320 px reflow", js.executeScript(OVERFLOW));
            note(problems, where + " 320 px targets", js.executeScript(SMALL_TARGETS));
            try {
                browser.assertAccessible();
            } catch (AssertionError axe) {
                problems.add(where + " 320 px: " + axe.getMessage());
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    private static void note(List<String> problems, String where, Object found) {
        if (found != null && !found.toString().isEmpty()) {
            problems.add(where + ": " + found);
        }
    }
}
