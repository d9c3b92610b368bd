package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.PlatformWar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a visitor who has not logged in costs the server, met with a plain HTTP client as a crawler or an attacker
 * would: no public page starts a session or keeps view state (one client could fill the heap with them), their
 * posts stay stateless too, a post forged on another site is refused, and a session starts only at login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final String EVIL = "https://evil.example";

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return PlatformWar.base(deployed).resolve(path.substring(1));
    }

    private String origin() {
        URI base = PlatformWar.base(deployed);
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String origin, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie"));
    }

    private static void assertNoSession(HttpResponse<?> response, String what) {
        assertFalse(cookies(response).contains("JSESSIONID"), what + " started a session: " + cookies(response));
    }

    private static String viewState(String page) {
        Matcher found = VIEW_STATE.matcher(page);
        assertTrue(found.find(), "the page has a form with its view state");
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void publicPagesStartNoSessionAndKeepNoViewState() throws Exception {
        for (String page : List.of("/", "/index.xhtml", "/catalog.xhtml", "/catalog.xhtml?serves=L1",
                "/course.xhtml?code=L1-INTRO", "/micro-lessons.xhtml", "/micro-lesson.xhtml?code=M-001",
                "/search.xhtml?q=%E5%80%BE%E5%90%AC", "/verify.xhtml", "/verify.xhtml?number=AX-L9-26-0000001-1",
                "/login.xhtml", "/register.xhtml", "/no-such-page.xhtml")) {
            HttpResponse<String> response = get(page);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400 || response.statusCode() == 404,
                    page + ": " + response.statusCode());
            assertNoSession(response, page);
            if (response.statusCode() == 200 && page.endsWith(".xhtml")) {
                assertEquals("stateless", viewState(response.body()), page + " keeps view state on the server");
            }
        }
        // a page for those logged in sends the visitor to log in, remembering where they were going without a session
        HttpResponse<String> home = get("/app/lesson.xhtml?course=L1-INTRO&lesson=x");
        assertEquals(302, home.statusCode());
        assertNoSession(home, "a page for those logged in");
        assertTrue(cookies(home).contains("anxin-return="), cookies(home));
    }

    @Test
    void aVisitorsPostsStayStateless() throws Exception {
        String index = get("/index.xhtml").body();
        HttpResponse<String> english = post("/index.xhtml", origin(), "lang=lang&lang%3Aen=English&jakarta.faces.ViewState="
                + encode(viewState(index)));
        assertEquals(302, english.statusCode(), english.body());
        assertTrue(cookies(english).contains("anxin-lang=EN"), cookies(english));
        assertNoSession(english, "switching language");

        HttpResponse<String> wrong = post("/login.xhtml", origin(), "login=login&login%3Aemail=nobody%40example.cn"
                + "&login%3Apassword=not+the+password&login%3Asubmit=x&jakarta.faces.ViewState=stateless");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("邮箱或密码不正确"), wrong.body());
        assertNoSession(wrong, "a failed login");
    }

    @Test
    void pagesAnswerOnlyGetPostAndHead() throws Exception {
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/index.xhtml"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, POST, HEAD", response.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(uri("/index.xhtml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<String> front = get("/index.xhtml");
        // no server name or version for an attacker to match against known flaws
        assertEquals(List.of(), front.headers().allValues("Server"));
        assertEquals(List.of(), front.headers().allValues("X-Powered-By"));
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsWithAFreshNonceAndEverythingElseNothing() throws Exception {
        HttpResponse<String> first = get("/index.xhtml");
        HttpResponse<String> second = get("/index.xhtml");
        String nonce = assertPagePolicy(first);
        assertTrue(first.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
        assertFalse(nonce.equals(assertPagePolicy(second)), "the same nonce twice: it must be new for every answer");
        // an error page is rendered in an error dispatch, and must still carry one policy, the page's
        HttpResponse<String> missing = get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertPagePolicy(missing);
        // what is not a page may load nothing and be framed nowhere
        for (String path : List.of("/api/v1/catalog/courses", "/.well-known/jwks.json",
                "/jakarta.faces.resource/anxin.css.xhtml?ln=anxin")) {
            HttpResponse<String> other = get(path);
            assertEquals(200, other.statusCode(), path);
            assertEquals(List.of("default-src 'none'; frame-ancestors 'none'"),
                    other.headers().allValues("Content-Security-Policy"), path);
        }
    }

    /** Asserts a page's one policy, and returns its script nonce. */
    private static String assertPagePolicy(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (two would both be enforced): " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "default-src 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertFalse(policy.contains("unsafe-eval"), policy);
        Matcher script = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})';?$").matcher(policy);
        assertTrue(script.find(), "scripts from this site or with the nonce only: " + policy);
        return script.group(1);
    }

    @Test
    void aPostWithAViewStateTheServerNeverGaveIsAnExpiredPageNotAServerError() throws Exception {
        HttpResponse<String> forged = post("/register.xhtml", origin(), "register=register&register%3Aname=x"
                + "&register%3Asubmit=x&jakarta.faces.ViewState=-123456789%3A987654321");
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("页面已过期"), forged.body());
        assertFalse(forged.body().contains("java.lang.") || forged.body().contains("\tat "), forged.body());
        assertNoSession(forged, "a forged view state");
    }

    @Test
    void aPostForgedOnAnotherSiteIsRefusedAndASessionStartsOnlyAtLogin() throws Exception {
        String email = "stateless." + System.nanoTime() + "@example.cn";
        String password = "a long enough password";
        String registration = "register=register&register%3Aname=" + encode("无状态") + "&register%3Aemail=" + encode(email)
                + "&register%3Apassword=" + encode(password) + "&register%3Alanguage=ZH&register%3Aconsent=on"
                + "&register%3Asubmit=x&jakarta.faces.ViewState=stateless";
        HttpResponse<String> forged = post("/register.xhtml", EVIL, registration);
        assertEquals(403, forged.statusCode(), forged.body());
        assertNoSession(forged, "a forged registration");

        String login = "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=stateless";
        HttpResponse<String> forgedLogin = post("/login.xhtml", EVIL, login);
        assertEquals(403, forgedLogin.statusCode(), forgedLogin.body());
        assertNoSession(forgedLogin, "a forged login");

        // the same posts from the platform's own pages: the refusal was for where they came from
        HttpResponse<String> registered = post("/register.xhtml", origin(), registration);
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(registered.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        HttpResponse<String> refererOnly = http.send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", EVIL + "/login.xhtml")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refererOnly.statusCode(), "a post whose only witness is a foreign Referer");

        HttpResponse<String> loggedIn = post("/login.xhtml", origin(), login);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String cookie = cookies(loggedIn);
        assertTrue(cookie.contains("JSESSIONID") && cookie.contains("HttpOnly")
                && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        String session = cookie.replaceAll("(?s).*(JSESSIONID=[^;]+).*", "$1") // with Payara's version of it
                + "; " + cookie.replaceAll("(?s).*(JSESSIONIDVERSION=[^;]+).*", "$1");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/app/home.xhtml")).header("Cookie", session)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertFalse("stateless".equals(viewState(home.body())), "a logged-in person's pages keep their view state");
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""), "a logged-in page is never cached");
        // a session id in the address is not a session: only the cookie is
        HttpResponse<String> inAddress = http.send(HttpRequest.newBuilder(uri("/app/home.xhtml;jsessionid="
                + session.replaceAll("JSESSIONID=([^;]+).*", "$1"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, inAddress.statusCode(), "a ;jsessionid= in the address logged someone in");
    }
}
