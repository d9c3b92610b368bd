package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.web.support.Browser;
import academy.anxin.web.support.Eventually;
import academy.anxin.web.support.JsonBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import academy.anxin.web.support.PlatformWar;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Search in a real browser and over HTTP: the header's search box completes titles, the results page narrows by a
 * facet, English is stemmed, the public finds no lesson texts while a volunteer does, and odd input (empty,
 * operators, quotes) gets a plain answer, never an error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The index is built in the background after start: wait until it answers (a test fails if it never does). */
    @BeforeEach
    void indexReady() {
        Eventually.within(Duration.ofSeconds(60), "the search index to be built",
                () -> api("grounding", "en").body().contains("micro:M-001"));
    }

    @Test
    void theSearchBoxCompletesAndTheResultsNarrowByFacet() {
        String email = "searcher." + System.nanoTime() + "@example.cn";
        try (Browser browser = new Browser(PlatformWar.base(deployed), "zh-CN")) {
            browser.open("/register.xhtml").type("register:name", "吴桐").type("register:email", email)
                    .type("register:password", "finding-the-right-lesson").check("register:consent", true)
                    .submit("register:submit");
            browser.open("/login.xhtml").type("login:email", email).type("login:password", "finding-the-right-lesson")
                    .submit("login:submit");

            // typed keys (an input method's Chinese arrives differently in a headless browser; the server side
            // of Chinese completion is covered by the index's unit tests)
            browser.ajax(() -> browser.find("search:q_input").sendKeys("suic"));
            // the completions as the page received them (read from the items, shown or about to be)
            List<String> suggestions = browser.all(By.cssSelector("li.ui-autocomplete-item")).stream()
                    .map(item -> item.getAttribute("data-item-label")).filter(l -> l != null && !l.isBlank()).toList();
            assertTrue(suggestions.stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("suicid")),
                    suggestions.toString());
            browser.find("search:q_input").clear();
            browser.find("search:q_input").sendKeys("自杀风险评估");
            browser.submit("search:go");
            assertTrue(browser.url().contains("/search.xhtml"), browser.url());
            List<WebElement> hits = browser.all(By.cssSelector("#hits li.hit h2"));
            assertFalse(hits.isEmpty(), browser.page());
            assertTrue(hits.get(0).getText().contains("自杀"), "the first hit is about suicide: " + hits.get(0).getText());
            assertTrue(browser.text("hits").contains("课时"), "a volunteer finds lessons");
            browser.assertAccessible();

            // narrow to case scenarios: every hit left is one
            browser.submit(browser.find("facets").findElement(By.partialLinkText("案例研讨")));
            assertTrue(browser.url().contains("kind=scenario"), browser.url());
            assertTrue(browser.text("facets").contains("案例研讨"));
            for (WebElement meta : browser.all(By.cssSelector("#hits li.hit .meta"))) {
                assertTrue(meta.getText().startsWith("课时"), meta.getText());
            }
            browser.assertAccessible();
        }
    }

    @Test
    void thePublicFindsCoursesAndMicroLessonsAndOddInputIsAnswered() {
        try (Browser browser = new Browser(PlatformWar.base(deployed), "en-US")) {
            browser.open("/search.xhtml?q=grounding");
            assertTrue(browser.text("hits").contains("The 5-4-3-2-1 grounding exercise"), browser.page());
            assertFalse(browser.text("hits").contains("Lesson ·"), "no lesson texts for the public");
            browser.open("/search.xhtml?q=");
            assertTrue(browser.text("search-status").contains("Type what you are looking for"), browser.page());
            browser.open("/search.xhtml?q=" + URLEncoder.encode("\"((grounding AND -]] ~", StandardCharsets.UTF_8));
            assertTrue(browser.text("search-status").contains("result"), browser.page());
            browser.open("/search.xhtml?q=" + "a".repeat(201));
            assertTrue(browser.text("search-status").contains("longer than 200"), browser.page());
        }
    }

    @Test
    void theSearchApiAnswersWithHitsHighlightsAndFacets() throws Exception {
        HttpResponse<String> grounding = api("grounding", "en");
        assertEquals(200, grounding.statusCode(), grounding.body());
        JsonObject answer = JsonBody.object(grounding.body());
        JsonArray hits = answer.getJsonArray("hits");
        JsonBody.find(hits, "title", "The 5-4-3-2-1 grounding exercise");
        assertTrue(JsonBody.objects(hits).stream().anyMatch(hit -> hit.getString("snippet", "").contains("<mark>")),
                "the words are highlighted: " + hits);
        assertNotNull(answer.getJsonObject("facets"), grounding.body());
        assertTrue(answer.getJsonNumber("total").longValue() >= hits.size(), grounding.body());
        HttpResponse<String> chinese = api("心理急救", "zh");
        JsonBody.find(JsonBody.object(chinese.body()).getJsonArray("hits"), "id", "course:L1-PFA");
        assertEquals(400, api("", "zh").statusCode());
        assertEquals(400, api("a".repeat(201), "zh").statusCode());
        assertEquals(400, get("api/v1/search?q=x&facet=colour:red").statusCode());
        assertEquals(200, get("api/v1/search?q=" + URLEncoder.encode("(( \" AND", StandardCharsets.UTF_8)).statusCode());
        assertTrue(get("openapi").body().contains("/api/v1/search"));
    }

    private HttpResponse<String> api(String q, String lang) throws Exception {
        return get("api/v1/search?lang=" + lang + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(PlatformWar.base(deployed).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
