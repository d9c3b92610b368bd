package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.ListeningSockets;
import academy.anxin.web.support.PlatformWar;
import academy.anxin.web.support.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The platform as an operator and a downstream service meet it over HTTP: health, metrics, OpenAPI, the API (whose
 * JSON answers are read field by field; the directory gets an organization from the platform admin's page first).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        URI uri = PlatformWar.base(deployed).resolve(path.substring(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "*/*");
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The platform admin's session cookie, from the login page's form. */
    private String adminSession() throws IOException, InterruptedException {
        URI base = PlatformWar.base(deployed);
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(PlatformWar.ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(PlatformWar.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=stateless";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        // JSESSIONID with Payara's JSESSIONIDVERSION: a distributable web app's session needs both
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(java.util.stream.Collectors.joining("; "));
        if (!session.contains("JSESSIONID=")) {
            throw new AssertionError("no session after the admin's login: " + login.body());
        }
        return session;
    }

    @Test
    void isReadyOnlyWithADatabaseThatAnswersAndACurrentSchema() throws Exception {
        HttpResponse<String> ready = get("/health/ready", adminSession()); // the checks' data are the admin's
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = JsonBody.object(ready.body());
        assertEquals("UP", health.getString("status"), ready.body());
        JsonObject database = JsonBody.find(health.getJsonArray("checks"), "name", "database");
        assertEquals("UP", database.getString("status"), ready.body());
        assertEquals("true", database.getJsonObject("data").getString("schemaCurrent"), ready.body());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void showsAnyoneTheHealthAndMetricsItIsWatchedByAndOnlyThePlatformAdminTheirDetails() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("anxin_audit_intact"), "what monitoring scrapes: " + metrics.body());
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor", "/metrics?scope=base")) {
            HttpResponse<String> anonymous = get(path);
            for (String inner : List.of("memory_", "thread_", "jvm_", "gc_", "classloader_", "connection_pool_", "cpu_")) {
                assertFalse(anonymous.body().contains(inner), inner + " shown to anyone at " + path + ":\n" + anonymous.body());
            }
        }
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertFalse(ready.body().contains("\"data\""), "a check's details shown to anyone: " + ready.body());
        assertEquals("UP", JsonBody.find(JsonBody.object(ready.body()).getJsonArray("checks"), "name", "database")
                .getString("status"), ready.body());

        String admin = adminSession();
        HttpResponse<String> full = get("/metrics", admin);
        assertTrue(full.body().contains("memory_usedHeap_bytes") && full.body().contains("anxin_audit_intact"),
                "the platform admin sees everything: " + full.body());
        HttpResponse<String> details = get("/health/ready", admin);
        assertEquals("true", JsonBody.find(JsonBody.object(details.body()).getJsonArray("checks"), "name", "database")
                .getJsonObject("data").getString("schemaCurrent"), details.body());
    }

    @Test
    void aLoggedInPagePostWithoutThePagesNonceIsAnExpiredPageNotAServerError() throws Exception {
        String admin = adminSession();
        String page = get("/admin/organizations.xhtml", admin).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(viewState.find(), page);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(PlatformWar.base(deployed)
                        .resolve("admin/organizations.xhtml")).header("Cookie", admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("页面已过期"), post.body());
    }

    @Test
    void everyTableOfTheMigratedSchemaHasAPrimaryKeyAndIsInnoDb() throws Exception {
        // what a Galera cluster needs: it replicates InnoDB only, and finds a row to certify and apply by its key
        List<String> unfit = new ArrayList<>();
        int tables = 0;
        try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT t.table_name, t.engine, EXISTS (SELECT 1 FROM"
                     + " information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
                     + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')"
                     + " FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                     + " AND t.table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables++;
                if (!"InnoDB".equalsIgnoreCase(rows.getString(2)) || !rows.getBoolean(3)) {
                    unfit.add(rows.getString(1) + " (" + rows.getString(2) + (rows.getBoolean(3) ? "" : ", no primary key")
                            + ")");
                }
            }
        }
        assertTrue(tables > 30, "the schema is migrated: " + tables + " tables");
        assertEquals(List.of(), unfit);
    }

    @Test
    void listensOnTheNetworkOnlyWithItsHttpPort() throws Exception {
        int http = PlatformWar.base(deployed).getPort();
        List<InetSocketAddress> listening = ListeningSockets.ofProcessListeningOn(http);
        List<InetSocketAddress> open = listening.stream()
                .filter(a -> a.getPort() != http && !a.getAddress().isLoopbackAddress()
                        && !a.getAddress().getHostAddress().equals("0:0:0:0:0:ffff:7f00:1"))
                .toList();
        assertEquals(List.of(), open, "listening beyond this machine besides HTTP (all: " + listening + ")");
    }

    @Test
    void documentsItsApi() throws Exception {
        HttpResponse<String> openapi = get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/organizations"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/audit/checkpoints"), openapi.body());
        assertTrue(openapi.body().contains("Anxin Academy API"), openapi.body());
    }

    @Test
    void theOrganizationDirectoryIsPublicJson() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        String name = "目录测试机构" + run;
        try (Browser platform = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            platform.open("/login.xhtml").type("login:email", PlatformWar.ADMIN_EMAIL)
                    .type("login:password", PlatformWar.ADMIN_PASSWORD).submit("login:submit");
            platform.open("/admin/organizations.xhtml").type("found:nameZh", name)
                    .type("found:nameEn", "Directory Test " + run).type("found:region", "成都市")
                    .type("found:adminEmail", "directory.admin." + run + "@example.cn")
                    .type("found:adminName", "目录管理员" + run);
            new Select(platform.find("found:kind")).selectByValue("HOTLINE");
            platform.submit("found:submit");
        }
        HttpResponse<String> directory = get("/api/v1/organizations");
        assertEquals(200, directory.statusCode());
        assertTrue(directory.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject listed = JsonBody.find(JsonBody.array(directory.body()), "nameZh", name);
        assertEquals("Directory Test " + run, listed.getString("nameEn"));
        assertEquals("HOTLINE", listed.getString("kind"));
        assertEquals("成都市", listed.getString("region"));
        assertTrue(listed.getJsonNumber("id").longValue() > 0, listed.toString());
        assertEquals(Set.of("id", "nameZh", "nameEn", "kind", "region"), listed.keySet(),
                "names, kind and region only: nothing about its people");
    }

    @Test
    void anUnknownApiPathIsAJsonProblemNotAStackTrace() throws Exception {
        HttpResponse<String> missing = get("/api/v1/no-such-thing");
        assertEquals(404, missing.statusCode());
        JsonObject problem = JsonBody.object(missing.body());
        assertEquals("http.404", problem.getString("code"), missing.body());
        assertFalse(problem.getString("message").isBlank(), missing.body());
        assertTrue(!missing.body().contains("Exception"), missing.body());
    }

    @Test
    void pagesForPeopleWhoLoggedInSendOthersToTheLoginPage() throws Exception {
        for (String page : new String[] {"/app/home.xhtml", "/app/account.xhtml", "/admin/organizations.xhtml"}) {
            HttpResponse<String> response = get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndNoSessionBeforeLogin() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        // the session cookie (HttpOnly, SameSite=Lax) comes with a login now: see PublicPagesIT
        String cookie = String.join(";", login.headers().allValues("Set-Cookie"));
        assertFalse(cookie.contains("JSESSIONID"), cookie);
    }

    @Test
    void aForgedPostbackWithoutTheFormsViewStateChangesNothing() throws Exception {
        String email = "forged." + System.nanoTime() + "@example.cn";
        String form = "register=register&register%3Aname=Forged&register%3Aemail=" + email
                + "&register%3Apassword=a+long+enough+password&register%3Aconsent=on&register%3Asubmit=x"
                + "&jakarta.faces.ViewState=-123456789%3A987654321";
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(PlatformWar.base(deployed).resolve("register.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("页面已过期"), "a postback from another site is refused: " + forged.body());
        assertTrue(!forged.body().contains("注册已受理"), forged.body());
    }

    @Test
    void aMissingPageIsAFriendlyPage() throws Exception {
        HttpResponse<String> missing = get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(!missing.body().contains("java.lang.") && !missing.body().contains("\tat "), missing.body());
        assertTrue(missing.body().contains("页面不存在"), missing.body());
    }
}
