package academy.anxin.search.infrastructure;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names, analyzers and weights of the curriculum index, in one place.
 *
 * <p>Chinese is indexed twice. The Smart Chinese analyzer segments words well in general text but splits this
 * field's own terms (热线咨询员 → 热线|咨询|员, 自伤 → 自|伤, 应激 → 应|激) and takes no user dictionary; CJK bigrams
 * (热线, 线咨, 咨询, 询员) keep every adjacent pair, so a query for such a term still matches it as written. A
 * query searches both and the scores add: a document that has the exact sequence ranks above one that merely has
 * its characters. English is stemmed ("grounding" finds "ground"). Titles weigh three times a body.
 */
public final class SearchFields {

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String KIND = "kind";
    public static final String SERVES = "serves";
    public static final String TOPIC = "topic";
    public static final String MINUTES = "minutes";

    public static final String TITLE_ZH = "title_zh";
    public static final String BODY_ZH = "body_zh";
    public static final String TITLE_ZH_BIGRAMS = "title_zh_bigrams";
    public static final String BODY_ZH_BIGRAMS = "body_zh_bigrams";
    public static final String TITLE_EN = "title_en";
    public static final String BODY_EN = "body_en";

    public static final float TITLE_WEIGHT = 3f;
    public static final float BODY_WEIGHT = 1f;

    /** Facet dimensions: tier or endorsement, lesson kind, topic tag (a document has several). */
    public static final String[] FACETS = {SERVES, KIND, TOPIC};

    private SearchFields() {
    }

    public static Analyzer analyzer() {
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer bigrams = new CJKAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                TITLE_ZH, smart, BODY_ZH, smart, TITLE_ZH_BIGRAMS, bigrams, BODY_ZH_BIGRAMS, bigrams,
                TITLE_EN, english, BODY_EN, english));
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOPIC, true);
        return config;
    }

    /** Chinese query fields with their weights: words as segmented, and as bigrams. */
    static Map<String, Float> chineseWords() {
        return Map.of(TITLE_ZH, TITLE_WEIGHT, BODY_ZH, BODY_WEIGHT);
    }

    static Map<String, Float> chineseBigrams() {
        return Map.of(TITLE_ZH_BIGRAMS, TITLE_WEIGHT, BODY_ZH_BIGRAMS, BODY_WEIGHT);
    }

    static Map<String, Float> english() {
        return Map.of(TITLE_EN, TITLE_WEIGHT, BODY_EN, BODY_WEIGHT);
    }
}
