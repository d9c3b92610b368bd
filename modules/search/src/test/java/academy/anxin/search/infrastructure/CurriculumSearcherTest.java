package academy.anxin.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.CurriculumText;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.application.SearchResults;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analysis and ranking on a small known corpus. The Chinese cases are the field's own terms that the Smart
 * Chinese analyzer splits (自伤, 热线咨询员, 应激): the lesson that has the term as written must come first, above
 * one that only has its characters apart.
 */
class CurriculumSearcherTest {

    private static CurriculumSearcher index;

    private static CurriculumText lesson(String key, String kind, String serves, String titleZh, String bodyZh,
                                         String titleEn, String bodyEn) {
        return new CurriculumText("lesson:C/" + key, "lesson", kind, "C", key, null, serves, List.of("t-" + kind),
                new LocalizedText(titleZh, titleEn), new LocalizedText(bodyZh, bodyEn), 5);
    }

    @BeforeAll
    static void corpus() throws IOException {
        index = new CurriculumSearcher(new ByteBuffersDirectory());
        index.rebuild(List.of(
                lesson("self-harm", "reading", "L3", "识别与回应自伤行为", "当来电者提到自伤时，要平静地询问频率和方式，评估安全。",
                        "Recognising and responding to self-harm", "When a caller mentions self-harm, ask calmly."),
                lesson("apart", "reading", "L1", "照顾自己", "志愿者自己也会受到伤害，也需要休息和支持。",
                        "Looking after yourself", "Volunteers can be hurt too and need rest."),
                lesson("counselor", "scenario", "L2", "热线咨询员的一天", "一名热线咨询员接听夜班电话的经过。",
                        "A day of a hotline counselor", "A night shift on the hotline."),
                lesson("hotline-words", "reading", "L2", "热线服务介绍", "热线提供咨询，也提供转介；咨询过程中的人员要有资质。",
                        "About hotline services", "Hotlines offer support and referral."),
                lesson("stress", "quiz", "DISASTER", "急性应激反应", "灾后常见的急性应激反应包括失眠和警觉。",
                        "Acute stress reactions", "Common acute stress reactions after a disaster."),
                lesson("should", "reading", "L1", "应该怎样说话", "不应该激动地打断对方。",
                        "How to speak", "Do not interrupt."),
                lesson("grounding", "reading", "L1", "着陆练习", "5-4-3-2-1着陆练习。",
                        "Grounding exercise", "Help a panicking person ground themselves in the present."),
                new CurriculumText("micro:M-1", "micro", "micro", null, null, "M-1", "L1", List.of("self-care"),
                        new LocalizedText("自伤风险的三个信号", "Three signs of self-harm risk"),
                        new LocalizedText("留意自伤的信号。", "Watch for signs of self-harm."), 1)));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchResults search(String text, boolean lessons, Map<String, String> filters) {
        return index.search(new SearchQuery(text, filters, 0, lessons));
    }

    private static String first(String text) {
        return search(text, true, Map.of()).hits().get(0).id();
    }

    private static List<String> ids(String text) {
        return search(text, true, Map.of()).hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void aSplitChineseTermFindsTheLessonThatHasItAsWrittenFirst() {
        List<String> selfHarm = ids("自伤");
        assertTrue(selfHarm.indexOf("lesson:C/self-harm") < 2 && selfHarm.indexOf("micro:M-1") < 2, selfHarm::toString);
        assertTrue(selfHarm.indexOf("lesson:C/apart") < 0 || selfHarm.indexOf("lesson:C/apart") > 1, selfHarm::toString);
        assertEquals("lesson:C/counselor", first("热线咨询员"));
        assertEquals("lesson:C/stress", first("应激"));
    }

    @Test
    void englishIsStemmed() {
        assertEquals("lesson:C/grounding", first("grounding"));
        List<String> ids = search("responds", true, Map.of()).hits().stream().map(SearchResults.Hit::id).toList();
        assertTrue(ids.contains("lesson:C/self-harm"), ids::toString);
    }

    @Test
    void snippetsMarkTheMatchAndEscapeTheRest() {
        SearchResults results = search("自伤", true, Map.of());
        assertTrue(results.chinese());
        assertTrue(results.hits().get(0).snippet().contains("<mark>"), results.hits().get(0).snippet());
    }

    @Test
    void facetsCountAndFilter() {
        SearchResults all = search("热线", true, Map.of());
        assertTrue(all.facets().get("kind").stream().anyMatch(f -> f.value().equals("scenario") && f.count() == 1),
                all.facets()::toString);
        SearchResults scenarios = search("热线", true, Map.of("kind", "scenario"));
        assertEquals(1, scenarios.total());
        assertEquals("lesson:C/counselor", scenarios.hits().get(0).id());
        SearchResults byServes = search("自伤", true, Map.of("serves", "L1"));
        assertEquals(List.of("micro:M-1"), byServes.hits().stream().map(SearchResults.Hit::id).toList());
    }

    @Test
    void thePublicSeesNoLessons() {
        SearchResults results = search("自伤", false, Map.of());
        assertEquals(List.of("micro:M-1"), results.hits().stream().map(SearchResults.Hit::id).toList());
    }

    @Test
    void whatBreaksQuerySyntaxIsJustText() {
        for (String odd : List.of("\"自伤", "((", "AND OR NOT", "]]*?~", "self-harm\" -", "\\", "+-!():^[]{}~*?")) {
            SearchResults results = search(odd, true, Map.of());
            assertNull(results.refusal(), odd);
        }
        assertTrue(ids("(自伤]").indexOf("lesson:C/self-harm") < 2, ids("(自伤]")::toString);
    }

    @Test
    void titlesAreCompletedInTheTypedLanguage() {
        assertTrue(index.suggest("自伤", 5).contains("识别与回应自伤行为"), index.suggest("自伤", 5)::toString);
        assertTrue(index.suggest("ground", 5).contains("Grounding exercise"), index.suggest("ground", 5)::toString);
        assertFalse(index.suggest("zzzz", 5).iterator().hasNext());
    }

    @Test
    void pagesAndTotals() {
        SearchResults page = index.search(new SearchQuery("the", Map.of(), 0, true));
        assertEquals(page.hits().size(), (int) Math.min(page.total(), SearchQuery.PAGE_SIZE));
        assertEquals(0, index.search(new SearchQuery("the", Map.of(), 5, true)).hits().size());
    }

    @Test
    void aPageNumberFromTheAddressCannotOverflowTheHitsCollected() {
        SearchResults far = index.search(new SearchQuery("the", Map.of(), Integer.MAX_VALUE, true));
        assertEquals(SearchQuery.LAST_PAGE, far.page());
        assertEquals(0, far.hits().size());
        assertEquals(0, index.search(new SearchQuery("the", Map.of(), Integer.MIN_VALUE, true)).page());
    }
}
