package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.Eventually;
import academy.anxin.web.support.HttpPerson;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visitors' public pages and the catalog API kept in memory per content generation (web's {@code http.PublicPages},
 * api's {@code v1.CatalogDocuments}): a second visit is served from memory with a nonce of its own, a browser that
 * holds the page gets 304 with its own copy's policy, an import through this node is served at once, one committed
 * by another node (the content changed in the database and the generation moved on in the same transaction) within
 * the poll, search included, and a logged-in person's page is never the visitors' one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CachedPagesIT {

    private static final String CODE = "T-KEPT-" + (System.nanoTime() % 100_000);
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern TAG = Pattern.compile("\"(\\d+)-([0-9a-f]{32})-([A-Za-z0-9+/=]+)\"");

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void visitorsPagesAreKeptWithAFreshNonceEachTimeAndFollowEveryImport() throws Exception {
        try (Browser admin = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            admin.open("/login.xhtml").type("login:email", PlatformWar.ADMIN_EMAIL)
                    .type("login:password", PlatformWar.ADMIN_PASSWORD).submit("login:submit");
            upload(admin, course(CODE, 1, "Kept words"));
            assertTrue(admin.text("added").contains(CODE + " v1"), admin.page());

            HttpResponse<String> first = get("/catalog.xhtml", "en", null);
            HttpResponse<String> second = get("/catalog.xhtml", "en", null);
            for (HttpResponse<String> page : java.util.List.of(first, second)) {
                assertEquals(200, page.statusCode(), page.body());
                assertTrue(page.body().contains("Kept words summary"), page.body());
                assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "a visitor's page set a cookie");
                assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(null));
                // the filters before it ran: a page from memory carries every answer's headers
                assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
                assertTrue(page.body().contains("nonce=\"" + nonce(page) + "\""), "the page's scripts carry its nonce");
                assertFalse(page.body().contains("name=\"jakarta.faces.ViewState\"") && !page.body().contains(
                        "value=\"stateless\""), "a visitor's kept page holds a view state: " + page.body());
            }
            assertNotEquals(nonce(first), nonce(second), "two answers shared a nonce");
            Matcher firstTag = tag(first);
            Matcher secondTag = tag(second);
            assertEquals(firstTag.group(1) + firstTag.group(2), secondTag.group(1) + secondTag.group(2),
                    "the same page of the same generation");
            assertEquals(nonce(first), firstTag.group(3));

            // a browser that holds the first copy: 304, with the policy its copy's scripts carry
            HttpResponse<String> held = get("/catalog.xhtml", "en", first.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, held.statusCode());
            assertEquals(nonce(first), nonce(held));
            // the other language is a page of its own
            assertTrue(get("/catalog.xhtml", "zh-CN", null).body().contains("Kept words 摘要"));
            assertTrue(get("/course.xhtml?code=" + CODE, "en", null).body().contains("Kept words summary"));
            assertTrue(catalogApiSummary("en").contains("Kept words summary"));

            // another node's import: the content and the generation change in one transaction there; until this
            // node's poll sees the generation, it serves what it kept (which shows the page is kept)
            TestDatabase.update("UPDATE lrn_course SET summary_en = 'Changed elsewhere summary wombat' "
                    + "WHERE code = ? AND is_current", CODE);
            assertTrue(get("/catalog.xhtml", "en", null).body().contains("Kept words summary"),
                    "the second visit is not served from memory");
            TestDatabase.update("UPDATE lrn_content_generation SET generation = generation + 1 WHERE id = 1");
            Eventually.within(Duration.ofSeconds(10), "the catalog page to follow another node's import",
                    () -> get("/catalog.xhtml", "en", null).body().contains("Changed elsewhere summary wombat"));
            assertTrue(get("/course.xhtml?code=" + CODE, "en", null).body().contains("Changed elsewhere summary wombat"));
            assertTrue(catalogApiSummary("en").contains("Changed elsewhere summary wombat"));
            // and this node's search index is rebuilt for it, without a restart
            Eventually.within(Duration.ofSeconds(20), "the search index to follow another node's import",
                    () -> findable("wombat"));

            // an import through this node: served at once
            upload(admin, course(CODE, 2, "Imported words"));
            assertTrue(admin.text("added").contains(CODE + " v2"), admin.page());
            assertTrue(get("/catalog.xhtml", "en", null).body().contains("Imported words summary"));
            assertTrue(get("/course.xhtml?code=" + CODE, "en", null).body().contains("Imported words summary"));
            assertTrue(catalogApiSummary("en").contains("Imported words summary"));
        }
        // in a browser, a kept page and its reload (a revalidation: 304) run their scripts under their policy
        // (Browser fails the test on any Content-Security-Policy refusal when it closes)
        try (Browser visitor = new Browser(PlatformWar.base(deployed), "en-US")) {
            visitor.open("/catalog.xhtml").open("/catalog.xhtml");
            visitor.driver().navigate().refresh();
            assertTrue(visitor.page().contains("Imported words summary"));
        }
    }

    @Test
    void aLoggedInPersonsPageIsNeverTheVisitorsOne() throws Exception {
        get("/catalog.xhtml", "zh-CN", null);
        HttpResponse<String> visitors = get("/catalog.xhtml", "zh-CN", null);
        assertFalse(visitors.body().contains("id=\"logout\""), visitors.body());

        HttpPerson admin = HttpPerson.loggedIn(PlatformWar.base(deployed), PlatformWar.ADMIN_EMAIL,
                PlatformWar.ADMIN_PASSWORD);
        HttpPerson.Answer own = admin.get("/catalog.xhtml");
        assertEquals(200, own.status());
        assertTrue(own.body().contains("id=\"logout\"") && own.body().contains("/admin/content.xhtml"),
                "the logged-in admin got the visitors' page: " + own.body());

        HttpResponse<String> after = get("/catalog.xhtml", "zh-CN", null);
        assertFalse(after.body().contains("id=\"logout\"") || after.body().contains("/admin/content.xhtml"),
                "a visitor got the admin's page: " + after.body());
    }

    private HttpResponse<String> get(String path, String language, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(PlatformWar.base(deployed).resolve(path.substring(1)))
                .header("Accept-Language", language);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "no nonce in the page's policy: " + page.headers().map());
        return nonce.group(1);
    }

    private static Matcher tag(HttpResponse<String> page) {
        Matcher tag = TAG.matcher(page.headers().firstValue("ETag").orElse(""));
        assertTrue(tag.matches(), "not a kept page's tag: " + page.headers().firstValue("ETag"));
        return tag;
    }

    private String catalogApiSummary(String language) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(PlatformWar.base(deployed)
                .resolve("api/v1/catalog/courses?lang=" + language)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return JsonBody.objects(JsonBody.array(response.body())).stream()
                .filter(course -> CODE.equals(course.getString("code"))).map(course -> course.getString("summary"))
                .findFirst().orElse("");
    }

    private boolean findable(String word) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                PlatformWar.base(deployed).resolve("api/v1/search?lang=en&q=" + word)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && JsonBody.objects(JsonBody.object(response.body()).getJsonArray("hits"))
                .stream().anyMatch(hit -> ("course:" + CODE).equals(hit.getString("id")));
    }

    private static Map<String, String> course(String code, int version, String words) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("courses/" + code + "/course.yaml", """
                code: %s
                version: %d
                serves: {endorsement: YOUTH}
                title: {zh: "缓存测试课程", en: "A course kept in memory"}
                summary: {zh: "%s 摘要", en: "%s summary"}
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
}
