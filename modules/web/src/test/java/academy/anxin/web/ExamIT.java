package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Certification exams: the required courses gate the first attempt; a volunteer answers, reloads in the middle
 * and finds every answer where it was, submits and sees the result; two tabs answering at once lose nothing; an
 * answer after the deadline is refused and the attempt is submitted as it stood; the admin imports a Moodle bank
 * (unsupported questions listed), exports one, and reads the item statistics. Required courses are marked
 * completed directly in the database: taking courses is LearningIT's subject, not this one's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String PASSWORD = "exams-are-kept-safe";

    @ArquillianResource
    URL deployed;

    @Test
    void anExamIsTakenReloadedHalfwayWithEveryAnswerKeptThenSubmitted() throws Exception {
        String email = "exam.browser." + RUN + "@example.cn";
        try (Browser volunteer = browser()) {
            register(volunteer, "考生" + RUN, email);
            volunteer.open("/app/exams.xhtml").assertAccessible();
            assertTrue(volunteer.text("exam-list").contains("请先完成以下课程"), volunteer.page());
            completeCourses(email, "L1-INTRO", "L1-PFA", "L1-LISTEN", "L1-SELFCARE");

            volunteer.open("/app/exams.xhtml");
            volunteer.submit(startButton(volunteer, "EXAM-L1"));
            assertTrue(volunteer.url().contains("/app/exam.xhtml?attempt="), volunteer.url());
            assertFalse(volunteer.page().contains("rationale"), "no rationale, no key before the end");
            volunteer.assertAccessible();

            List<WebElement> questions = volunteer.all(By.cssSelector("li.question"));
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < 6; i++) {
                given.putAll(answer(questions.get(i)));
                waitSaved(volunteer, i);
            }
            volunteer.driver().navigate().refresh();
            for (Map.Entry<String, String> answer : given.entrySet()) {
                WebElement input = volunteer.find(answer.getKey());
                String kept = "select".equals(input.getTagName()) ? new Select(input).getFirstSelectedOption()
                        .getAttribute("value") : Boolean.toString(input.isSelected());
                assertEquals(answer.getValue(), kept, "after the reload: " + answer.getKey());
            }
            assertEquals("6", volunteer.text("answered"));

            volunteer.submit("finish:submit");
            assertTrue(volunteer.url().contains("/app/exam-result.xhtml"), volunteer.url());
            String outcome = volunteer.text("outcome");
            assertTrue(outcome.contains("答对") && outcome.contains("及格线 75%"), outcome);
            assertTrue(volunteer.has("competencies"));
            assertTrue(volunteer.has("missed"), "the questions left unanswered are shown with the right answer");
            assertTrue(volunteer.text("missed").contains("解析"), volunteer.text("missed"));
            volunteer.assertAccessible();

            volunteer.open("/app/exams.xhtml");
            assertTrue(volunteer.text("exam-EXAM-L1").contains("下次可考时间"), "cooldown: " + volunteer.text("exam-EXAM-L1"));
        }
    }

    /**
     * A whole exam with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and digits; nothing clicked), by a
     * volunteer whose registered needs ask for breaks: every question answered, an ordering question among them,
     * each save told in the polite status region; a break in the middle stops the clock (the questions hidden, the
     * way back focused and described, an answer from another window refused with a clear alert, the pause
     * audited); the server moves the deadline by the break's length when the volunteer comes back, and focus
     * returns to the first question without an answer. At each step: the focused control's accessible name, the
     * live regions' text, where focus went. Every answer is in the database before the exam is handed in.
     */
    @Test
    void aWholeExamWithAnOrderingQuestionAndABreakIsTakenWithTheKeyboardAlone() throws Exception {
        String email = "exam.keys." + RUN + "@example.cn";
        try (Browser keys = browser()) {
            keys.open("/register.xhtml").type("register:name", "键盘考生" + RUN).type("register:email", email)
                    .type("register:password", PASSWORD).check("register:consent", true)
                    .check("register:breaks", true).submit("register:submit");
            keys.open("/login.xhtml").type("login:email", email).type("login:password", PASSWORD)
                    .submit("login:submit");
            completeCourses(email, "L1-INTRO", "L1-PFA", "L1-LISTEN", "L1-SELFCARE");
            long attempt = attemptWithAnOrderingQuestion(keys.sessionCookies(), "EXAM-L1");

            keys.open("/app/exams.xhtml");
            String resume = startButton(keys, "EXAM-L1").getAttribute("id");
            keys.tab(resume, true, 60);
            assertEquals("继续考试", keys.focusName());
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.url().contains("attempt=" + attempt), keys.url());
            keys.assertAccessible();

            keys.press(Keys.TAB);
            assertEquals("跳到主要内容", keys.focusName());
            keys.press(Keys.ENTER);
            keys.tab("pause:take", true, 2);
            assertEquals("暂停休息（停止计时）", keys.focusName());
            assertTrue(keys.description("pause:take").contains("剩余休息次数：3 / 3"), keys.description("pause:take"));

            List<WebElement> questions = keys.all(By.cssSelector("li.question"));
            int half = questions.size() / 2;
            boolean ordered = false;
            for (int i = 0; i < half; i++) {
                ordered |= answerByKeys(keys, questions.get(i));
            }

            // a second window on the same attempt, still showing the questions when the break begins
            String first = keys.driver().getWindowHandle();
            keys.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            keys.open("/app/exam.xhtml?attempt=" + attempt);
            String second = keys.driver().getWindowHandle();
            keys.driver().switchTo().window(first);

            keys.tab("pause:take", false, 200);
            keys.pressForPage(Keys.ENTER);
            keys.waitFor("the way back to take the focus", d -> "break:resume".equals(keys.focused()));
            assertEquals("结束休息，继续答题", keys.focusName());
            assertTrue(keys.description("break:resume").contains("自动恢复计时"), keys.description("break:resume"));
            keys.waitFor("the break to be announced", d -> "休息开始，已停止计时。".equals(keys.text("announcer")));
            assertTrue(keys.all(By.cssSelector("li.question")).isEmpty(), "the questions are hidden during a break");
            assertFalse(keys.has("finish:submit"));
            keys.assertAccessible();
            assertEquals(1, count("SELECT COUNT(*) FROM asm_attempt WHERE id = ? AND paused_at IS NOT NULL", attempt));
            assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'EXAM_PAUSED' AND subject = "
                    + "CONCAT('attempt:', ?)", attempt));

            // the other window answers: refused, and told so in an alert
            keys.driver().switchTo().window(second);
            List<WebElement> shown = keys.all(By.cssSelector("li.question"));
            WebElement late = shown.get(shown.size() - 1);
            for (int i = shown.size() - 1; "ORDERING".equals(late.getAttribute("data-type")); i--) {
                late = shown.get(i - 1); // a choice, which one key answers; an order takes several
            }
            String lateControl = late.findElement(By.cssSelector("input")).getAttribute("id");
            keys.tab(lateControl, true, 200);
            keys.press(Keys.SPACE);
            keys.waitFor("the refusal during the break", d -> keys.find("save-alert").isDisplayed());
            assertTrue(keys.text("save-alert").contains("考试正在暂停休息，这个答案没有保存"), keys.text("save-alert"));
            assertEquals(0, count("SELECT COUNT(*) FROM asm_answer WHERE attempt_id = ? AND position = "
                    + Integer.parseInt(late.getAttribute("data-position")), attempt));
            keys.driver().close();
            keys.driver().switchTo().window(first);

            // two minutes of break (moved, rather than waited for); the way back moves the deadline by as much
            Instant deadline = deadline(attempt);
            try (Connection db = db(); PreparedStatement earlier = db.prepareStatement(
                    "UPDATE asm_attempt SET paused_at = DATE_SUB(paused_at, INTERVAL 120 SECOND) WHERE id = ?")) {
                earlier.setLong(1, attempt);
                earlier.executeUpdate();
            }
            keys.pressForPage(Keys.ENTER);
            long moved = Duration.between(deadline, deadline(attempt)).toSeconds();
            assertTrue(moved >= 120 && moved < 200, "the deadline moved by the break: " + moved + " s");
            assertEquals(1, count("SELECT COUNT(*) FROM krn_audit_event WHERE action = 'EXAM_RESUMED' AND subject = "
                    + "CONCAT('attempt:', ?) AND actor LIKE 'person:%'", attempt));
            keys.waitFor("the break's end to be announced", d -> keys.text("announcer").startsWith("休息结束，继续计时"));
            String next = keys.all(By.cssSelector("li.question")).get(half).findElement(By.cssSelector("input, select"))
                    .getAttribute("id");
            keys.waitFor("focus on the first question without an answer", d -> next.equals(keys.focused()));
            assertTrue(keys.description("pause:take").contains("剩余休息次数：2 / 3"), keys.description("pause:take"));

            questions = keys.all(By.cssSelector("li.question"));
            for (int i = half; i < questions.size(); i++) {
                ordered |= answerByKeys(keys, questions.get(i));
            }
            assertTrue(ordered, "the walk met an ordering question");
            assertEquals(Integer.toString(questions.size()), keys.text("answered"));
            assertEquals(questions.size(), count("SELECT COUNT(*) FROM asm_answer WHERE attempt_id = ? "
                    + "AND answer <> ''", attempt), "every answer saved");

            keys.tab("finish:submit", true, 8);
            assertEquals("交卷", keys.focusName());
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.url().contains("/app/exam-result.xhtml"), keys.url());
            assertTrue(keys.text("outcome").contains("及格线 75%"), keys.text("outcome"));
        }
    }

    /**
     * Answers one question with the keyboard from wherever focus is before it: Tab to its first control, then
     * Space and an arrow (one choice), Space, Tab, Space and Shift+Tab back (several), or a place typed into each
     * select (an ordering, last option first). Asserts each control's accessible name is its option's text, and
     * that the save is announced. True for an ordering question.
     */
    private static boolean answerByKeys(Browser keys, WebElement question) {
        String type = question.getAttribute("data-type");
        int position = Integer.parseInt(question.getAttribute("data-position"));
        List<WebElement> controls = question.findElements(By.cssSelector("input, select"));
        String first = controls.get(0).getAttribute("id");
        if (!first.equals(keys.focused())) {
            keys.tab(first, true, 10);
        }
        assertEquals(label(question, first), keys.focusName(), "question " + position);
        switch (type) {
            case "ORDERING" -> {
                for (int i = 0; i < controls.size(); i++) {
                    String id = controls.get(i).getAttribute("id");
                    if (i > 0) {
                        keys.tab(id, true, 1);
                        assertEquals(label(question, id), keys.focusName());
                    }
                    keys.press(Integer.toString(controls.size() - i));
                    assertEquals(Integer.toString(controls.size() - i),
                            new Select(keys.find(id)).getFirstSelectedOption().getAttribute("value"));
                }
            }
            case "MULTIPLE" -> {
                keys.press(Keys.SPACE);
                String second = controls.get(1).getAttribute("id");
                keys.tab(second, true, 1);
                assertEquals(label(question, second), keys.focusName());
                keys.press(Keys.SPACE);
                keys.tab(first, false, 1);
                assertTrue(keys.find(first).isSelected() && keys.find(second).isSelected());
            }
            default -> {
                keys.press(Keys.SPACE);
                keys.press(Keys.DOWN);
                String second = controls.get(1).getAttribute("id");
                assertEquals(second, keys.focused(), "the arrow moves to the next choice");
                assertEquals(label(question, second), keys.focusName());
                assertTrue(keys.find(second).isSelected());
            }
        }
        String said = "第 " + (position + 1) + " 题：答案已保存";
        keys.waitFor("question " + position + "'s save to be announced", d -> said.equals(keys.text("announcer"))
                && "已保存".equals(keys.text("state-q" + position)));
        return "ORDERING".equals(type);
    }

    private static String label(WebElement question, String control) {
        return question.findElement(By.cssSelector("label[for='" + control + "']")).getText();
    }

    /**
     * Starts an attempt of {@code exam} with an ordering question in its draw. The draw is random (a bank has one
     * or two ordering questions among a dozen per competency), so the test's own volunteer starts again, its
     * unanswered attempt removed, until one is drawn.
     */
    private long attemptWithAnOrderingQuestion(String session, String exam) throws Exception {
        for (int tries = 0; tries < 30; tries++) {
            long attempt = Long.parseLong(startByPage(exam, session));
            if (count("SELECT COUNT(*) FROM asm_attempt_item WHERE attempt_id = ? AND item_type = 'ORDERING'",
                    attempt) > 0) {
                return attempt;
            }
            try (Connection db = db()) {
                for (String table : new String[] {"asm_answer", "asm_attempt_item"}) {
                    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table
                            + " WHERE attempt_id = ?")) {
                        delete.setLong(1, attempt);
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM asm_attempt WHERE id = ?")) {
                    delete.setLong(1, attempt);
                    delete.executeUpdate();
                }
            }
        }
        throw new AssertionError("no ordering question drawn in 30 attempts of " + exam);
    }

    private static Instant deadline(long attempt) throws Exception {
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(
                "SELECT deadline FROM asm_attempt WHERE id = ?")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
            }
        }
    }

    @Test
    void twoTabsAnsweringAtOnceLoseNothingAndAnswersAfterTheDeadlineAreRefused() throws Exception {
        String email = "exam.tabs." + RUN + "@example.cn";
        String session;
        long attempt;
        try (Browser volunteer = browser()) {
            register(volunteer, "双标签" + RUN, email);
            completeCourses(email, "E-YOUTH");
            session = volunteer.sessionCookies();
        }
        // two tabs open the exam at the same moment: one attempt
        List<String> starts = parallel(2, i -> startByPage("EXAM-E-YOUTH", session));
        assertEquals(starts.get(0), starts.get(1), "both tabs are on the one open attempt");
        attempt = Long.parseLong(starts.get(0));
        int items = count("SELECT COUNT(*) FROM asm_attempt_item WHERE attempt_id = ?", attempt);
        Map<Integer, String> types = new HashMap<>();
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(
                "SELECT position, item_type, LENGTH(option_order) FROM asm_attempt_item WHERE attempt_id = ?")) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int options = (rows.getInt(3) + 1) / 2;
                    String order = "ORDERING".equals(rows.getString(2)) ? orderOf(options) : "0";
                    types.put(rows.getInt(1), order);
                }
            }
        }
        // both tabs answer every position at once, forty requests in flight
        List<String> statuses = parallel(items * 2, i -> Integer.toString(save(session, attempt, i % items,
                types.get(i % items))));
        assertTrue(statuses.stream().allMatch("200"::equals), statuses.toString());
        assertEquals(items, count("SELECT COUNT(*) FROM asm_answer WHERE attempt_id = ?", attempt),
                "every position saved");
        assertEquals(items * 2, count("SELECT SUM(saves) FROM asm_answer WHERE attempt_id = ?", attempt),
                "every save counted, none lost");
        assertEquals(400, save(session, attempt, 0, "7"), "not an option of this item");
        assertEquals(400, save(session, attempt, items + 3, "0"), "no such position");

        // the clock runs out (moved, rather than waited for)
        try (Connection db = db(); PreparedStatement late = db.prepareStatement(
                "UPDATE asm_attempt SET deadline = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND) WHERE id = ?")) {
            late.setLong(1, attempt);
            late.executeUpdate();
        }
        assertEquals(409, save(session, attempt, 0, types.get(0)), "an answer after the deadline is refused");
        HttpResponse<String> page = get("/app/exam.xhtml?attempt=" + attempt, session, true);
        assertTrue(page.uri().toString().contains("exam-result.xhtml"), page.uri().toString());
        assertTrue(page.body().contains("本次考试因到时限而结束"), page.body());
        assertEquals(1, count("SELECT COUNT(*) FROM asm_attempt WHERE id = ? AND status = 'SUBMITTED' "
                + "AND submitted_by = 'DEADLINE' AND score_right IS NOT NULL", attempt));
        assertEquals(403, post("/app/exam-answer", session, "attempt=" + attempt + "&position=0&answer=0", false),
                "without the page's header, as a form on another site would send it");
    }

    @Test
    void theAdminImportsAMoodleBankListsWhatItCannotTakeExportsAndReadsItemStatistics() throws Exception {
        Path bank = Files.createTempFile("agency-bank", ".xml");
        Files.writeString(bank, """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/youth/development</text></category></question>
                  <question type="multichoice">
                    <name><text>Adolescent sleep</text></name>
                    <questiontext format="html"><text>青少年来电者说最近总是熬夜，下面哪项回应最合适？</text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text>先了解熬夜背后的原因和感受</text><feedback><text>先理解再回应。</text></feedback></answer>
                    <answer fraction="0"><text>立即告诉家长</text></answer>
                    <answer fraction="0"><text>建议服用安眠药</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>Confidentiality with minors</text></name>
                    <questiontext><text>未成年人来电时，保密永远没有例外。</text></questiontext>
                    <answer fraction="0"><text>true</text></answer>
                    <answer fraction="100"><text>false</text></answer>
                  </question>
                  <question type="essay">
                    <name><text>Reflect on a call</text></name>
                    <questiontext><text>请写下一次来电的反思。</text></questiontext>
                  </question>
                </quiz>
                """);
        try (Browser admin = browser()) {
            admin.open("/login.xhtml").type("login:email", PlatformWar.ADMIN_EMAIL)
                    .type("login:password", PlatformWar.ADMIN_PASSWORD).submit("login:submit");
            admin.open("/admin/exams.xhtml").assertAccessible();
            new Select(admin.find("bank:exam")).selectByValue("EXAM-E-YOUTH");
            admin.type("bank:prefix", "AGENCY" + RUN);
            admin.find("bank:file").sendKeys(bank.toString());
            admin.submit("bank:submit");
            assertTrue(admin.text("unsupported").contains("Reflect on a call"), admin.page());
            assertTrue(admin.text("unsupported").contains("essay"), admin.text("unsupported"));
            assertTrue(admin.text("added").contains("AGENCY" + RUN), admin.text("added"));
            admin.assertAccessible();

            // imported questions wait as drafts, and one-language drafts cannot be activated
            admin.open("/admin/exams.xhtml");
            admin.submit(admin.find("exam-table").findElement(By.xpath(
                    ".//tr[.//code[text()='EXAM-E-YOUTH']]//a[contains(@href, 'exam-drafts')]")));
            String sleep = "draft-AGENCY" + RUN + "-adolescent-sleep";
            assertTrue(admin.text(sleep).contains("须先翻译") || admin.text(sleep).contains("Needs translating"),
                    admin.text(sleep));
            assertTrue(!admin.find(sleep).findElement(By.tagName("input")).isEnabled(), "untranslated: not choosable");
            admin.assertAccessible();

            // the same bank in English, with the same prefix, completes the translation; then it can be activated
            admin.open("/admin/exams.xhtml");
            new Select(admin.find("bank:exam")).selectByValue("EXAM-E-YOUTH");
            new Select(admin.find("bank:language")).selectByValue("en");
            assertEquals("英文", new Select(admin.find("bank:language")).getFirstSelectedOption().getText(),
                    "named in the page's language");
            admin.type("bank:prefix", "AGENCY" + RUN);
            admin.find("bank:file").sendKeys(english(bank).toString());
            admin.submit("bank:submit");
            assertTrue(admin.text("added").contains("AGENCY" + RUN + "-adolescent-sleep v2"), admin.text("added"));
            admin.open("/admin/exam-drafts.xhtml?exam=EXAM-E-YOUTH");
            assertTrue(admin.text(sleep).contains("What is the best answer to a teenage caller"), admin.text(sleep));
            WebElement choose = admin.find(sleep).findElement(By.tagName("input"));
            choose.sendKeys(Keys.SPACE);
            admin.submit("drafts:activate");
            assertTrue(admin.page().contains("已启用 1 道题目") || admin.page().contains("1 questions activated"),
                    admin.page());
            assertTrue(!admin.has(sleep), "activated: no longer a draft");
            assertTrue(admin.has("draft-AGENCY" + RUN + "-confidentiality-with-minors"), "the other stays a draft");

            String session = admin.sessionCookies();
            HttpResponse<String> export = get("/admin/exam-bank.xml?exam=EXAM-E-YOUTH&lang=zh", session, false);
            assertEquals(200, export.statusCode());
            assertTrue(export.body().contains("<quiz>") && export.body().contains("青少年来电者说最近总是熬夜"),
                    "the imported question is in the export");

            admin.open("/admin/item-statistics.xhtml?exam=EXAM-L1").assertAccessible();
            assertTrue(admin.has("distribution"), "the chart is there");
            assertTrue(admin.text("items").contains("L1-"), admin.text("items"));
        }
        try (Browser volunteer = browser()) {
            register(volunteer, "非管理员" + RUN, "exam.notadmin." + RUN + "@example.cn");
            assertEquals(403, get("/admin/item-statistics.xhtml?exam=EXAM-L1", volunteer.sessionCookies(), false)
                    .statusCode());
        }
    }

    /** The agency's bank as its English edition: the same questions, names and keys. */
    private static Path english(Path chinese) throws Exception {
        Path english = Files.createTempFile("agency-bank-en", ".xml");
        Files.writeString(english, Files.readString(chinese)
                .replace("青少年来电者说最近总是熬夜，下面哪项回应最合适？",
                        "What is the best answer to a teenage caller who keeps staying up late?")
                .replace("先了解熬夜背后的原因和感受", "First ask about the reasons and feelings behind it")
                .replace("先理解再回应。", "Understand before you answer.")
                .replace("立即告诉家长", "Tell the parents at once")
                .replace("建议服用安眠药", "Suggest sleeping pills")
                .replace("未成年人来电时，保密永远没有例外。", "With a minor, confidentiality never has exceptions.")
                .replace("请写下一次来电的反思。", "Write a reflection on a call."));
        return english;
    }

    private static Map<String, String> answer(WebElement question) {
        Map<String, String> given = new HashMap<>();
        String type = question.getAttribute("data-type");
        String position = question.getAttribute("data-position");
        if ("ORDERING".equals(type)) {
            List<WebElement> selects = question.findElements(By.tagName("select"));
            for (int i = 0; i < selects.size(); i++) {
                new Select(selects.get(i)).selectByValue(Integer.toString(selects.size() - i));
                given.put(selects.get(i).getAttribute("id"), Integer.toString(selects.size() - i));
            }
        } else {
            WebElement first = question.findElement(By.tagName("input"));
            first.click();
            given.put(first.getAttribute("id"), "true");
            if ("MULTIPLE".equals(type)) {
                WebElement second = question.findElements(By.tagName("input")).get(1);
                second.click();
                given.put(second.getAttribute("id"), "true");
            }
        }
        assertTrue(position != null);
        return given;
    }

    /** The page's own Ajax: its script saves each answer and says so next to the question. */
    private static void waitSaved(Browser browser, int position) {
        browser.waitFor("answer " + position + " to be saved",
                d -> "已保存".equals(d.findElement(By.id("state-q" + position)).getText()));
    }

    private static WebElement startButton(Browser browser, String exam) {
        return browser.find("exam-" + exam).findElement(By.cssSelector("input[type=submit]"));
    }

    private static String orderOf(int options) {
        List<String> order = new ArrayList<>();
        for (int i = options - 1; i >= 0; i--) {
            order.add(Integer.toString(i));
        }
        return String.join(",", order);
    }

    /** What a tab does to open an exam: load the exams page, press its button; returns the attempt id. */
    private String startByPage(String exam, String session) throws Exception {
        HttpResponse<String> page = get("/app/exams.xhtml", session, false);
        String body = page.body();
        String viewState = between(body, "name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"", "\"");
        int card = body.indexOf("id=\"exam-" + exam + "\"");
        String button = between(body.substring(card), "<input id=\"", "\"");
        // and the page's nonce, which PrimeFaces' script adds to every form (a post without it is refused)
        String nonce = between(body, "nonce=\"", "\"");
        String form = "exams=exams&" + enc(button) + "=x&jakarta.faces.ViewState=" + enc(viewState)
                + "&primefaces.nonce=" + enc(nonce);
        HttpResponse<String> started = client(false).send(HttpRequest.newBuilder(uri("/app/exams.xhtml"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = started.headers().firstValue("Location").orElseThrow(() -> new AssertionError(started.body()));
        return location.substring(location.indexOf("attempt=") + 8);
    }

    private int save(String session, long attempt, int position, String answer) throws Exception {
        return post("/app/exam-answer", session, "attempt=" + attempt + "&position=" + position + "&answer=" + answer,
                true);
    }

    private int post(String path, String session, String form, boolean asThePage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (asThePage) {
            request.header("X-Anxin-Autosave", "1");
        }
        return client(false).send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> get(String path, String session, boolean follow) throws Exception {
        return client(follow).send(HttpRequest.newBuilder(uri(path)).header("Cookie", session)
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(boolean follow) {
        return HttpClient.newBuilder().followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
    }

    private URI uri(String path) {
        return PlatformWar.base(deployed).resolve(path.substring(1));
    }

    private static <T> List<T> parallel(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 20));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        if (start < 0) {
            throw new AssertionError("not found: " + before);
        }
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Marks courses completed for a person, as finishing them in the course player would. */
    private static void completeCourses(String email, String... courses) throws Exception {
        try (Connection db = db(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO lrn_enrollment (person_id, course_id, started_at, last_activity_at, completed_at) "
                        + "SELECT p.id, c.id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                        + "FROM idn_person p JOIN lrn_course c ON c.code = ? AND c.is_current WHERE p.email = ?")) {
            for (String course : courses) {
                insert.setString(1, course);
                insert.setString(2, email);
                assertEquals(1, insert.executeUpdate(), course);
            }
        }
    }

    private static int count(String sql, long attempt) throws Exception {
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, attempt);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
    }

    private Browser browser() {
        return new Browser(PlatformWar.base(deployed), "zh-CN");
    }

    /** Registers and logs in. */
    private static void register(Browser browser, String name, String email) {
        browser.open("/register.xhtml").type("register:name", name).type("register:email", email)
                .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
        browser.open("/login.xhtml").type("login:email", email).type("login:password", PASSWORD)
                .submit("login:submit");
    }
}
