package academy.anxin.search.infrastructure;

import academy.anxin.search.application.ListingDocument;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The index of the public directory's organizations, in memory. It is small (an organization is a few hundred
 * characters; ten thousand index in well under a second) and the database is its source, so it is rebuilt at
 * every start rather than kept on disk with the curriculum's recovery rules.
 *
 * <p>Analysis as for the curriculum ({@link SearchFields}): Chinese both as Smart Chinese words and as CJK
 * bigrams, English stemmed. Every text of an organization (names and words, both languages) is also in one field
 * per analyzer; a query must find all its words there, under one of the analyzers, so "武昌 哀伤" or "Wuchang
 * bereavement" finds a Wuchang service for the bereaved and not every service in Wuchang. Among those found, a
 * match in a name weighs three times one in the words, as a title weighs three times a body.
 */
@ApplicationScoped
public class ListingIndex {

    static final String ID = "organization";
    static final String NAME_ZH = "name_zh";
    static final String NAME_ZH_BIGRAMS = "name_zh_bigrams";
    static final String NAME_EN = "name_en";
    static final String WORDS_ZH = "words_zh";
    static final String WORDS_ZH_BIGRAMS = "words_zh_bigrams";
    static final String WORDS_EN = "words_en";
    static final String ALL_ZH = "all_zh";
    static final String ALL_ZH_BIGRAMS = "all_zh_bigrams";
    static final String ALL_EN = "all_en";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = analyzer();
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean built;

    static Analyzer analyzer() {
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer bigrams = new CJKAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                NAME_ZH, smart, WORDS_ZH, smart, NAME_ZH_BIGRAMS, bigrams, WORDS_ZH_BIGRAMS, bigrams,
                NAME_EN, english, WORDS_EN, english, ALL_ZH, smart, ALL_ZH_BIGRAMS, bigrams, ALL_EN, english));
    }

    public synchronized void replaceAll(Collection<ListingDocument> documents) {
        try {
            IndexWriter w = writer();
            w.deleteAll();
            for (ListingDocument d : documents) {
                w.addDocument(document(d));
            }
            commit();
            built = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void put(ListingDocument document) {
        try {
            writer().updateDocument(new Term(ID, Long.toString(document.organizationId())), document(document));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<List<Long>> find(String text, int most) {
        if (!built) {
            return Optional.empty();
        }
        Query query = query(text);
        if (query == null) {
            return Optional.of(List.of());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, most).scoreDocs) {
                    found.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
                }
                return Optional.of(found);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word in an organization's texts under one analyzer (required), and the names and words fields for the
     * ranking; null when the text holds no word at all (punctuation only).
     */
    Query query(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
        boolean some = false;
        for (String field : new String[] {ALL_ZH, ALL_ZH_BIGRAMS, ALL_EN}) {
            Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.MUST);
            if (q != null) {
                everyWord.add(q, BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        if (!some) {
            return null;
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(everyWord.build(), BooleanClause.Occur.MUST);
        for (Map.Entry<String, Float> field : Map.of(NAME_ZH, SearchFields.TITLE_WEIGHT,
                NAME_ZH_BIGRAMS, SearchFields.TITLE_WEIGHT, NAME_EN, SearchFields.TITLE_WEIGHT,
                WORDS_ZH, SearchFields.BODY_WEIGHT, WORDS_ZH_BIGRAMS, SearchFields.BODY_WEIGHT,
                WORDS_EN, SearchFields.BODY_WEIGHT).entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                ranked.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return ranked.build();
    }

    private static Document document(ListingDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.organizationId()), Field.Store.YES));
        for (String name : d.namesZh()) {
            doc.add(new TextField(NAME_ZH, name, Field.Store.NO));
            doc.add(new TextField(NAME_ZH_BIGRAMS, name, Field.Store.NO));
        }
        for (String name : d.namesEn()) {
            doc.add(new TextField(NAME_EN, name, Field.Store.NO));
            // an English name may be written in Chinese characters in part, or a Chinese one in Latin letters
            doc.add(new TextField(NAME_ZH_BIGRAMS, name, Field.Store.NO));
        }
        for (String words : d.wordsZh()) {
            doc.add(new TextField(WORDS_ZH, words, Field.Store.NO));
            doc.add(new TextField(WORDS_ZH_BIGRAMS, words, Field.Store.NO));
        }
        for (String words : d.wordsEn()) {
            doc.add(new TextField(WORDS_EN, words, Field.Store.NO));
        }
        for (List<String> texts : List.of(d.namesZh(), d.namesEn(), d.wordsZh(), d.wordsEn())) {
            for (String t : texts) {
                doc.add(new TextField(ALL_ZH, t, Field.Store.NO));
                doc.add(new TextField(ALL_ZH_BIGRAMS, t, Field.Store.NO));
                doc.add(new TextField(ALL_EN, t, Field.Store.NO));
            }
        }
        return doc;
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            // memory only: nothing is lost
        }
        analyzer.close();
    }
}
