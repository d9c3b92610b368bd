package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.Eventually;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform admin imports content zips from the admin page: a zip with mistakes is refused whole (its valid
 * course is not written either) with each problem's file, line and field; a good one adds a course; a change
 * without a higher version is refused; a new version becomes current while a volunteer who completed the old
 * one keeps that record and is told a newer one exists; importing the same files again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentImportIT {

    private static final String PASSWORD = "a-course-that-changes";
    private static final String CODE = "T-VERSIONED-" + (System.nanoTime() % 100_000);

    @ArquillianResource
    URL deployed;

    @Test
    void importsAreAllOrNothingAndVersionsKeepCompletions() throws Exception {
        String volunteerEmail = "versions." + System.nanoTime() + "@example.cn";
        // the platform admin reads Chinese (the language stored with that account); the volunteer English
        try (Browser admin = new Browser(PlatformWar.base(deployed), "zh-CN");
             Browser volunteer = new Browser(PlatformWar.base(deployed), "en-US")) {
            volunteer.open("/register.xhtml").type("register:name", "Wu Di").type("register:email", volunteerEmail)
                    .type("register:password", PASSWORD).check("register:consent", true)
                    .check("register:easyRead", true).submit("register:submit");
            login(volunteer, volunteerEmail, PASSWORD);
            login(admin, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            admin.open("/admin/content.xhtml").assertAccessible();

            // one valid course and one broken: refused whole, every problem named, nothing written
            Map<String, String> broken = new LinkedHashMap<>(course(CODE, 1, "First words"));
            broken.put("courses/T-BROKEN/course.yaml", """
                    code: T-BROKEN
                    version: 1
                    serves: {tier: L9}
                    title: {zh: "坏课程", en: "Broken course"}
                    summary: {zh: "测试", en: "test"}
                    prerequisites: []
                    estimatedMinutes: 5
                    topics: [test]
                    modules:
                      - title: {zh: "模块", en: "Module"}
                        lessons:
                          - id: missing-text
                            kind: reading
                            title: {zh: "缺文件", en: "Missing file"}
                            minutes: 2
                          - id: check
                            kind: quiz
                            title: {zh: "测验", en: "Check"}
                            minutes: 2
                            passMark: 0.5
                            questions:
                              - prompt: {zh: "问题？", en: "Question?"}
                                options:
                                  - {zh: "甲", en: "A"}
                                  - {zh: "乙", en: "B"}
                                answer: 5
                                explanation: {zh: "解析", en: "Why"}
                    """);
            upload(admin, broken);
            String problems = admin.text("problems");
            assertTrue(problems.contains("courses/T-BROKEN/course.yaml"), problems);
            assertTrue(problems.contains("L9 不是有效等级"), problems);
            assertTrue(problems.contains("courses/T-BROKEN/lessons/missing-text.zh.md") && problems.contains("缺少文件"), problems);
            assertTrue(problems.contains("答案 5 不在 2 个选项之中"), problems);
            assertTrue(problems.contains("26"), "the line of the wrong answer: " + problems);
            admin.assertAccessible();
            assertFalse(catalogLists(CODE), "the valid course of a refused import is not written either");

            assertFalse(findable("quokka"), "no such word before the import");
            upload(admin, course(CODE, 1, "First words"));
            assertTrue(admin.text("added").contains(CODE + " v1"), admin.page());
            assertTrue(catalogLists(CODE), "the imported course is in the catalog");
            // the search index follows the import, in the background, without a restart
            Eventually.within(java.time.Duration.ofSeconds(20), "the new course to be found soon after its import",
                    () -> findable("quokka"));

            // the volunteer completes version 1
            volunteer.open("/course.xhtml?code=" + CODE).submit("start");
            // the volunteer asked for easy-read summaries first: the lesson's comes before its body
            assertTrue(volunteer.text("easy-read").contains("Listen first, then speak."), volunteer.page());
            assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) volunteer.driver()).executeScript(
                    "return (document.getElementById('easy-read').compareDocumentPosition("
                            + "document.getElementById('lesson-body')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;"));
            volunteer.assertAccessible();
            volunteer.submit("lesson-nav:complete");
            assertTrue(volunteer.page().contains("you have completed every lesson"), volunteer.page());

            // changed text under the same version: refused, and said why
            upload(admin, course(CODE, 1, "Changed words"));
            assertTrue(admin.text("problems").contains("版本号 1 没有高于已导入的版本 1"), admin.page());

            upload(admin, course(CODE, 2, "Changed words"));
            assertTrue(admin.text("added").contains(CODE + " v2"), admin.page());
            upload(admin, course(CODE, 2, "Changed words"));
            assertTrue(admin.page().contains("没有变化"), admin.page());

            volunteer.open("/app/learning.xhtml");
            String record = volunteer.text("record-" + CODE + "-1");
            assertTrue(record.contains("Completed") && record.contains("version 2 is now available"), record);
            volunteer.open("/course.xhtml?code=" + CODE);
            assertTrue(volunteer.page().contains("Version 2") && volunteer.page().contains("Changed words summary"),
                    volunteer.page());

            admin.open("/admin/audit.xhtml");
            assertTrue(admin.page().contains("CONTENT_IMPORTED"), admin.page());
        }
    }

    private static Map<String, String> course(String code, int version, String words) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("courses/" + code + "/course.yaml", """
                code: %s
                version: %d
                serves: {endorsement: YOUTH}
                title: {zh: "版本测试课程", en: "A course that changes"}
                summary: {zh: "%s 摘要", en: "%s summary quokka"}
                prerequisites: []
                estimatedMinutes: 3
                topics: [testing]
                modules:
                  - title: {zh: "唯一模块", en: "The only module"}
                    lessons:
                      - id: only-lesson
                        kind: reading
                        title: {zh: "唯一课时", en: "The only lesson"}
                        minutes: 3
                """.formatted(code, version, words, words));
        files.put("courses/" + code + "/lessons/only-lesson.zh.md", "## 内容\n\n" + words + "（中文）\n");
        files.put("courses/" + code + "/lessons/only-lesson.en.md", "## Content\n\n" + words + "\n");
        files.put("courses/" + code + "/lessons/only-lesson.easy.zh.md", "先听，再说。\n");
        files.put("courses/" + code + "/lessons/only-lesson.easy.en.md", "Listen first, then speak.\n");
        return files;
    }

    private static void upload(Browser admin, Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile("anxin-content-it-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zipped.putNextEntry(new ZipEntry("content/" + file.getKey()));
                zipped.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zipped.closeEntry();
            }
        }
        admin.open("/admin/content.xhtml");
        admin.find("upload:file").sendKeys(zip.toAbsolutePath().toString());
        admin.submit("upload:submit");
        Files.delete(zip);
    }

    private boolean findable(String word) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                PlatformWar.base(deployed).resolve("api/v1/search?lang=en&q=" + word)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && JsonBody.objects(JsonBody.object(response.body()).getJsonArray("hits"))
                .stream().anyMatch(hit -> ("course:" + CODE).equals(hit.getString("id")));
    }

    private boolean catalogLists(String code) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                PlatformWar.base(deployed).resolve("api/v1/catalog/courses?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return JsonBody.objects(JsonBody.array(response.body())).stream()
                .anyMatch(course -> code.equals(course.getString("code")));
    }

    private static void login(Browser browser, String email, String password) {
        browser.open("/login.xhtml").type("login:email", email).type("login:password", password).submit("login:submit");
        assertTrue(browser.url().contains("/app/home.xhtml"), browser.page());
    }
}
