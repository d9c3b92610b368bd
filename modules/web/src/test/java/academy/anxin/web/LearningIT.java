package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A volunteer's way through the curriculum that the platform imported at start-up, in a real browser: the catalog
 * with a filter and a locked course, a course page, lessons completed one by one, logging out part-way and
 * finding the place again (now in English), a checkpoint quiz failed and then passed, the course complete and
 * the next one unlocked. Every page passes axe. The public catalog API answers in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

    private static final String PASSWORD = "a-quiet-room-for-listening";
    // the checkpoint of L1-INTRO, as content/courses/L1-INTRO/course.yaml keys it
    private static final int[] INTRO_ANSWERS = {2, 2, 1, 1};

    @ArquillianResource
    URL deployed;

    @Test
    void aVolunteerStudiesACourseLeavesAndResumesThenPassesTheCheckpoint() {
        String email = "learner." + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            browser.open("/register.xhtml").type("register:name", "孙悦").type("register:email", email)
                    .type("register:password", PASSWORD).check("register:consent", true)
                    .check("register:captions", true).submit("register:submit");
            login(browser, email);

            // the catalog, filtered to the foundation tier: psychological first aid waits for the introduction
            browser.open("/catalog.xhtml?serves=L1").assertAccessible();
            assertTrue(browser.text("course-count").contains("4"), browser.text("course-count"));
            String firstAid = browser.text("course-L1-PFA");
            assertTrue(firstAid.contains("尚未解锁") && firstAid.contains("请先完成") && firstAid.contains("心理援助入门"), firstAid);
            assertFalse(browser.has("course-L2-HOTLINE"), "the filter leaves out other tiers");
            browser.open("/app/lesson.xhtml?course=L1-PFA&lesson=what-is-pfa");
            assertTrue(browser.text("refusal").contains("心理援助入门"), browser.page());

            browser.open("/course.xhtml?code=L1-INTRO").assertAccessible();
            browser.submit("start");
            assertTrue(browser.url().contains("lesson=what-volunteers-do"), browser.url());
            assertTrue(browser.text("lesson-position").contains("第 1 课时，共 9 课时"), browser.text("lesson-position"));
            browser.assertAccessible();
            browser.submit("lesson-nav:complete");
            assertTrue(browser.url().contains("lesson=ethics-principles"), browser.url());
            browser.submit("lesson-nav:complete");
            assertTrue(browser.url().contains("lesson=ex-role-limits-pairs"), browser.url());

            browser.submit("logout:submit");
            login(browser, email);
            browser.submit("lang:en");
            // home offers to continue exactly where the volunteer was, in English now
            assertTrue(browser.text("continue").contains("Introduction to psychological aid (22%)"), browser.text("continue"));
            browser.submit("continue-link");
            assertTrue(browser.url().contains("lesson=ex-role-limits-pairs"), browser.url());
            assertTrue(browser.text("lesson-position").contains("Lesson 3 of 9 · Exercise"), browser.text("lesson-position"));
            assertTrue(browser.text("lesson-body").contains("Steps"), "an exercise with its timed steps");
            browser.assertAccessible();
            browser.submit("lesson-nav:complete").submit("lesson-nav:complete").submit("lesson-nav:complete")
                    .submit("lesson-nav:complete").submit("lesson-nav:complete");
            assertTrue(browser.url().contains("lesson=case-community-room"), browser.url());
            assertTrue(browser.text("lesson-body").contains("Points a good answer covers"), "a scenario with its guide");
            browser.submit("lesson-nav:complete");
            assertTrue(browser.url().contains("lesson=intro-check"), browser.url());
            browser.assertAccessible();

            // unanswered: told so, and nothing is graded
            browser.submit("quiz:submit");
            assertTrue(browser.page().contains("Please answer every question"), browser.page());
            // every answer wrong: feedback with the right answer and why, lesson still open
            for (int i = 0; i < INTRO_ANSWERS.length; i++) {
                browser.find("quiz:questions:" + i + ":q:" + ((INTRO_ANSWERS[i] + 1) % 4)).click();
            }
            browser.submit("quiz:submit");
            assertTrue(browser.page().contains("0 of 4 right: not enough to pass yet"), browser.page());
            assertTrue(browser.text("feedback-0").startsWith("Not quite."), browser.text("feedback-0"));
            browser.assertAccessible();
            for (int i = 0; i < INTRO_ANSWERS.length; i++) {
                browser.find("quiz:questions:" + i + ":q:" + INTRO_ANSWERS[i]).click();
            }
            browser.submit("quiz:submit");
            assertTrue(browser.page().contains("Passed: 4 of 4 right, and that completes the course"), browser.page());
            assertTrue(browser.has("lesson-done"));

            browser.open("/course.xhtml?code=L1-INTRO");
            assertEquals("100%", browser.text("course-percent"));
            browser.open("/app/learning.xhtml").assertAccessible();
            assertTrue(browser.text("my-learning").contains("Completed"), browser.text("my-learning"));

            // the introduction done, first aid opens
            browser.open("/course.xhtml?code=L1-PFA");
            assertFalse(browser.has("locked"), browser.page());
            browser.submit("start");
            assertTrue(browser.url().contains("lesson=what-is-pfa"), browser.url());

            // an audio lesson: the recording in the page's language, captions, and the whole transcript
            browser.open("/app/lesson.xhtml?course=L1-PFA&lesson=calming-guide").assertAccessible();
            assertEquals("audio", browser.find("player").getTagName());
            assertTrue(browser.find("player").getAttribute("src").endsWith("/media/calming-guide.en.mp3"));
            assertTrue(browser.text("transcript").contains("calm"), browser.text("transcript"));
            String session = browser.sessionCookies();
            try {
                HttpResponse<String> captions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(PlatformWar.base(deployed)
                        .resolve("learning/captions/L1-PFA/2/calming-guide/en.vtt"))
                        .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(captions.body().startsWith("WEBVTT") && captions.body().contains("-->"), captions.body());
                HttpResponse<byte[]> audio = HttpClient.newHttpClient().send(HttpRequest.newBuilder(PlatformWar.base(deployed)
                        .resolve("learning/media/L1-PFA/2/media/calming-guide.zh.mp3"))
                        .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, audio.statusCode());
                assertTrue(audio.headers().firstValue("Content-Type").orElse("").startsWith("audio/mpeg"), audio.headers().toString());
                assertTrue(audio.body().length > 100_000, "a real recording");
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void todaysMicroLessonLeadsToItsPageInEitherLanguage() {
        try (Browser browser = new Browser(PlatformWar.base(deployed), "en-US")) {
            browser.open("/micro-lessons.xhtml").assertAccessible();
            assertTrue(browser.text("today-heading").startsWith("Today's micro-lesson: "), browser.text("today-heading"));
            assertTrue(browser.text("micro-lessons").contains("The 5-4-3-2-1 grounding exercise"), browser.page());
            browser.open("/micro-lesson.xhtml?code=M-001").assertAccessible();
            assertTrue(browser.text("micro-body").contains("name 5 things you can see"), browser.text("micro-body"));
            assertTrue(browser.has("micro-sign-in") && !browser.has("finish"), "the public reads, it marks nothing");
            assertNull(browser.cookie("JSESSIONID"), "a public page starts no session");
            browser.submit("lang:zh");
            assertTrue(browser.text("micro-body").contains("说出5样你能看到的东西"), browser.text("micro-body"));
            browser.open("/micro-lesson.xhtml?code=NO-SUCH");
            assertTrue(browser.page().contains("页面不存在"), browser.page());
        }
    }

    @Test
    void lockedCoursesAndTheirMediaStayClosed() throws Exception {
        String email = "listener." + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            browser.open("/register.xhtml").type("register:name", "周宁").type("register:email", email)
                    .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
            login(browser, email);
            // the helpline course needs the foundation first
            browser.open("/app/lesson.xhtml?course=L2-HOTLINE&lesson=call-walkthrough");
            assertTrue(browser.has("refusal"));
            // media of a course one is not enrolled in is not served either
            browser.open("/learning/media/L2-HOTLINE/3/media/call-walkthrough.zh.mp3");
            assertFalse(browser.page().contains("ID3"), "no media to those not enrolled");
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                PlatformWar.base(deployed).resolve("learning/captions/L1-PFA/2/calming-guide/zh.vtt")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                "captions need a login: " + anonymous.statusCode());
    }

    @Test
    void theCatalogApiListsCoursesAndMicroLessonsInEitherLanguage() throws Exception {
        // HTTP/1.1: the first /openapi is generated on demand (22 s on a loaded machine) and an h2c-upgraded
        // connection was closed at about 30 s while it waited
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonArray en = JsonBody.array(get(http, "api/v1/catalog/courses?lang=en", 200));
        JsonObject firstAid = JsonBody.find(en, "code", "L1-PFA");
        assertEquals("Psychological first aid", firstAid.getString("title"), firstAid.toString());
        assertEquals("L1", firstAid.getString("tier"), firstAid.toString());
        assertTrue(JsonBody.objects(en).stream().anyMatch(c -> "DISABILITY".equals(c.getString("endorsement", null))),
                "an endorsement's course is listed with its endorsement: " + en);
        JsonArray zh = JsonBody.array(get(http, "api/v1/catalog/courses", 200));
        assertEquals("心理急救", JsonBody.find(zh, "code", "L1-PFA").getString("title"), zh.toString());
        JsonObject grounding = JsonBody.find(JsonBody.array(get(http, "api/v1/catalog/micro-lessons?lang=en", 200)),
                "code", "M-001");
        assertEquals(1, grounding.getInt("minutes"), grounding.toString());
        String refused = get(http, "api/v1/catalog/courses?lang=fr", 400);
        assertTrue(refused.contains("lang must be zh or en"), refused);
        String openapi = get(http, "openapi", 200);
        assertTrue(openapi.contains("/api/v1/catalog/courses") && openapi.contains("/api/v1/catalog/micro-lessons"), openapi);
    }

    private String get(HttpClient http, String path, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(PlatformWar.base(deployed).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /**
     * Lessons and their checkpoint with the keyboard alone (Tab, Enter, arrows; nothing clicked): each lesson's
     * button by name, the unanswered checkpoint refused with the summary focused and leading to the first question,
     * the answers chosen with the arrow keys, and the pass told in the polite status region.
     */
    @Test
    void lessonsAndTheirCheckpointWithTheKeyboardAlone() {
        String email = "keys.learner." + System.nanoTime() + "@example.cn";
        try (Browser keys = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            keys.open("/register.xhtml").type("register:name", "钱多").type("register:email", email)
                    .type("register:password", PASSWORD).check("register:consent", true).submit("register:submit");
            login(keys, email);
            keys.open("/course.xhtml?code=L1-INTRO");
            keys.tab("start", true, 80);
            keys.pressForPage(Keys.ENTER);
            for (int lesson = 1; lesson <= 8; lesson++) {
                keys.tab("lesson-nav:complete", true, 120);
                assertEquals("标记为已完成并继续", keys.focusName());
                keys.pressForPage(Keys.ENTER);
            }
            assertTrue(keys.url().contains("lesson=intro-check"), keys.url());

            keys.tab("quiz:submit", true, 80);
            keys.pressForPage(Keys.ENTER);
            keys.waitFor("the summary to take focus", d -> "error-summary".equals(keys.focused()));
            assertTrue(keys.text("error-summary").contains("请先回答所有题目再检查"), keys.text("error-summary"));
            keys.press(Keys.TAB);
            assertTrue(keys.focusName().contains("请为这道题选择一个答案"), keys.focusName());
            keys.press(Keys.ENTER);
            assertEquals("quiz:questions:0:q:0", keys.focused(), "the summary leads to the first question's choices");
            for (int i = 0; i < INTRO_ANSWERS.length; i++) {
                if (i > 0) {
                    keys.tab("quiz:questions:" + i + ":q:0", true, 3);
                }
                assertFalse(keys.focusName().isBlank(), "each choice has a name");
                for (int step = 0; step < INTRO_ANSWERS[i]; step++) {
                    keys.press(Keys.DOWN);
                }
                assertEquals("quiz:questions:" + i + ":q:" + INTRO_ANSWERS[i], keys.focused());
                assertTrue(keys.focus().isSelected(), "the arrow chose it");
            }
            keys.tab("quiz:submit", true, 3);
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.text("status").contains("通过"), "told politely: " + keys.text("status"));

            // a micro-lesson finished, by the keyboard too: it is kept once, for the training record
            keys.open("/micro-lesson.xhtml?code=M-001").assertAccessible();
            assertEquals("", keys.text("micro-finished"));
            keys.tab("finish:submit", true, 80);
            assertEquals("我已学完这节微课", keys.focusName());
            keys.pressForPage(Keys.ENTER);
            assertTrue(keys.text("status").contains("已记录"), "told politely: " + keys.text("status"));
            assertTrue(keys.text("micro-finished").contains("你已于"), keys.text("micro-finished"));
            assertFalse(keys.has("finish"), "nothing more to mark");
            keys.open("/micro-lesson.xhtml?code=M-001").assertAccessible();
            assertTrue(keys.text("micro-finished").contains("你已于"), "kept: " + keys.text("micro-finished"));
        }
    }

    private static void login(Browser browser, String email) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", PASSWORD).submit("login:submit");
        assertTrue(browser.url().contains("/app/home.xhtml"), browser.page());
    }
}
