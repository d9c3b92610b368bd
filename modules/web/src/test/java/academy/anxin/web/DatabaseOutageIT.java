package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import academy.anxin.identity.application.LoginValidity;
import academy.anxin.launcher.EmbeddedDatabase;
import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CuttableLink;
import academy.anxin.web.support.Eventually;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform when its database goes away and comes back, on the real WAR in Payara Micro and the tests' real
 * MariaDB, with a {@link CuttableLink} between them that the test cuts (every connection reset, the port closed:
 * what the platform sees when the database's process is killed) and restores. Not Arquillian: the platform must be
 * pointed at the link, so the test starts Micro itself, as the launcher does, on a database of its own.
 *
 * <p>During the outage every page is a fast 503 in the visitor's language and every API call a JSON problem, both
 * with {@code Retry-After}; readiness is DOWN at once and liveness once the outage outlasts its limit (set to 3 s
 * here, 60 by default); the log says "unreachable" once, whatever the number of requests. Restored, the platform
 * serves again by itself and says so once, and the person who saw the 503 page in a browser gets the catalog from
 * its "try again" link.
 */
class DatabaseOutageIT {

    private static final Pattern SERVER_URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/([^?]*)(\\?.*)?");
    private static final String UNREACHABLE = "[anxin-database] the database is unreachable";
    private static final String BACK = "[anxin-database] the database answers again";
    /** A request during the outage is answered within this, never waits on the database. */
    private static final Duration FAST = Duration.ofSeconds(2);

    private static CuttableLink link;
    private static Process platform;
    private static Path log;
    private static URI base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startThePlatformBehindALink() throws Exception {
        Matcher server = SERVER_URL.matcher(System.getProperty(TestDatabase.URL_PROPERTY, ""));
        if (!server.matches()) {
            fail("no database URL from TestDatabase: " + System.getProperty(TestDatabase.URL_PROPERTY));
        }
        String credentials = server.group(4) == null ? "" : server.group(4);
        String name = server.group(3) + "_outage";
        // a database of its own, made anew, so that the other classes' database is not touched
        EmbeddedDatabase.ensureDatabase("jdbc:mariadb://" + server.group(1) + ":" + server.group(2) + "/"
                + credentials, null, name, true);
        link = new CuttableLink(server.group(1), Integer.parseInt(server.group(2)));

        Path work = Path.of(System.getProperty("anxin.it.workdir", "target"), "outage-it");
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(work);
        log = work.resolve("platform.log");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = URI.create("http://localhost:" + port + "/");
        platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Danxin.db.url=jdbc:mariadb://127.0.0.1:" + link.port() + "/" + name + credentials,
                "-Danxin.admin.email=" + PlatformWar.ADMIN_EMAIL, "-Danxin.admin.password=" + PlatformWar.ADMIN_PASSWORD,
                "-Danxin.data.dir=" + work.resolve("data"), "-Danxin.health.live.outage-seconds=3",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("anxin.it.war", "target/anxin-academy.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--rootdir", work.resolve("payara").toString(), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (status(client, "health/ready") != 200) {
            if (!platform.isAlive() || System.nanoTime() > deadline) {
                fail("the platform did not become ready; see " + log);
            }
            Thread.sleep(1_000);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.destroy();
            if (!platform.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                platform.destroyForcibly();
            }
        }
        if (link != null) {
            link.close();
        }
    }

    @Test
    void anOutageIsAnsweredAtOnceWith503AndRetryAfterAndThePlatformReconnectsByItself() throws Exception {
        assertEquals(200, page("catalog.xhtml", "en").statusCode());
        assertEquals(200, api("api/v1/catalog/courses").statusCode());
        assertEquals(200, status(http, "health/live"));
        // a person logged in before the outage: their requests pass the login mechanism, which reads the database
        HttpClient person = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(person);
        assertEquals(200, inPerson(person, "app/home.xhtml").statusCode());

        link.cut();
        long cutAt = Files.size(log);

        // the first page to need the database finds it gone: a page in the visitor's language, not the 500 page
        // (an address not visited before: the visitor's catalog page kept in memory above needs no database, and is
        // served until the outage is known; from then on every page is the outage's)
        HttpResponse<String> english = timed(() -> page("catalog.xhtml?length=short", "en"));
        assertOutagePage(english, "en", "Temporarily unavailable", "Nothing you saved is lost");
        HttpResponse<String> chinese = timed(() -> page("catalog.xhtml?topic=%E5%8D%B1%E6%9C%BA", "zh-CN"));
        assertOutagePage(chinese, "zh-CN", "暂时无法服务", "您已保存的内容不会丢失");
        assertTrue(chinese.body().contains("href=\"/catalog.xhtml?topic=%E5%8D%B1%E6%9C%BA\""),
                "the retry link is not the same page: " + chinese.body());

        // the API and scripts get the JSON problem
        HttpResponse<String> problem = timed(() -> api("api/v1/catalog/courses"));
        assertEquals(503, problem.statusCode(), problem.body());
        assertEquals("application/problem+json", problem.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals("10", problem.headers().firstValue("Retry-After").orElse(null));
        assertTrue(problem.body().contains("\"status\":503") && problem.body().contains("\"code\":\"database.unavailable\""),
                problem.body());

        // many requests, each fast, and one line in the log for all of them
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean aPage = i % 2 == 0;
            statuses.add(timed(() -> aPage ? page("catalog.xhtml", "en") : api("api/v1/catalog/courses")).statusCode());
        }
        assertTrue(statuses.stream().allMatch(s -> s == 503), statuses.toString());
        assertEquals(503, status(http, "health/ready"), "readiness is not DOWN during the outage");
        Eventually.within(Duration.ofSeconds(15), "liveness DOWN once the outage outlasts its 3 s",
                () -> status(http, "health/live") == 503);
        // the logged-in person too, the same page, not a 500 from the login mechanism, which reads the person's
        // password version from the database once what it read at login is older than LoginValidity.FRESH
        Thread.sleep(LoginValidity.FRESH.toMillis());
        assertOutagePage(timed(() -> inPerson(person, "app/home.xhtml")), "zh-CN", "暂时无法服务", "请在 10 秒后重试");
        String during = logSince(cutAt);
        assertEquals(1, count(during, UNREACHABLE), during);
        // not a stack trace per request (each would be dozens of frames): at most the first failure's few
        assertTrue(count(during, "\tat ") < 400, "the log grew by " + count(during, "\tat ") + " stack frames");

        try (Browser browser = new Browser(base, "en")) {
            // a person on the catalog meanwhile: the page says what happened, read out as an alert
            browser.open("/catalog.xhtml");
            assertEquals("Temporarily unavailable", browser.text("main").lines().findFirst().orElse("").strip());
            assertTrue(browser.text("outage-text").contains("try again in 10 seconds"), browser.text("outage-text"));
            assertEquals("en", browser.lang());
            browser.assertAccessible();

            link.restore();
            Eventually.within(Duration.ofSeconds(20), "the catalog page served again",
                    () -> page("catalog.xhtml", "en").statusCode() == 200);
            // and "try again" brings the catalog
            browser.submit(browser.find("outage-retry"));
            assertTrue(browser.url().endsWith("/catalog.xhtml") && !browser.has("outage-text"), browser.page());
        }
        assertEquals(200, api("api/v1/catalog/courses").statusCode());
        // and the person is still logged in: the outage cost them nothing but the wait
        assertEquals(200, inPerson(person, "app/home.xhtml").statusCode());
        Eventually.within(Duration.ofSeconds(10), "readiness UP again", () -> status(http, "health/ready") == 200);
        assertEquals(200, status(http, "health/live"));
        String all = logSince(cutAt);
        assertEquals(1, count(all, UNREACHABLE), all);
        assertEquals(1, count(all, BACK), all);
    }

    private static void assertOutagePage(HttpResponse<String> page, String language, String title, String text) {
        assertEquals(503, page.statusCode(), page.body());
        assertEquals("10", page.headers().firstValue("Retry-After").orElse(null));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"" + language + "\"") && page.body().contains(title)
                && page.body().contains(text) && page.body().contains("role=\"alert\""), page.body());
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** The answer, which must come within {@link #FAST}. */
    private static HttpResponse<String> timed(Call call) throws Exception {
        long began = System.nanoTime();
        HttpResponse<String> response = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        assertTrue(took.compareTo(FAST) < 0, response.uri() + " took " + took.toMillis() + " ms during the outage");
        return response;
    }

    private HttpResponse<String> page(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

    /** The platform admin logs in through the login form, as a browser posts it. */
    private static void logIn(HttpClient person) throws Exception {
        HttpResponse<String> page = inPerson(person, "login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "no view state on the login page");
        String form = String.join("&", "login=login", "login%3Aemail=" + encode(PlatformWar.ADMIN_EMAIL),
                "login%3Apassword=" + encode(PlatformWar.ADMIN_PASSWORD), "login%3Asubmit=x",
                "jakarta.faces.ViewState=" + encode(viewState.group(1)));
        HttpResponse<String> in = person.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, in.statusCode(), "login refused: " + in.body());
        assertTrue(!in.headers().firstValue("Location").orElse("").contains("login"), "login refused");
    }

    private static HttpResponse<String> inPerson(HttpClient person, String path) throws IOException, InterruptedException {
        return person.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> api(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(HttpClient client, String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }
}
