package academy.anxin.search.infrastructure;

import static academy.anxin.search.infrastructure.SearchFields.*;

import academy.anxin.learning.application.CurriculumText;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.application.SearchResults;
import academy.anxin.search.application.SearchResults.FacetCount;
import academy.anxin.search.application.SearchResults.Hit;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The curriculum index on one Lucene directory: rebuilding it from the curriculum, answering searches (near real
 * time: a rebuild is visible to the next search, without a restart) and completing typed titles. Thread-safe;
 * rebuilds are serialized, searches run concurrently with them.
 */
public final class CurriculumSearcher implements Closeable {

    private static final Logger LOG = Logger.getLogger(CurriculumSearcher.class.getName());
    /** Commit user data: the fingerprint of the curriculum the index was built from. */
    static final String FINGERPRINT = "curriculum";
    private static final int SNIPPET_PASSAGES = 2;

    private final Analyzer analyzer = SearchFields.analyzer();
    private final FacetsConfig facetsConfig = SearchFields.facets();
    private final CurriculumDocuments documents = new CurriculumDocuments();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Suggesters suggesters = Suggesters.none();

    /** Opens (or creates) the index in {@code directory}; a corrupt index fails here, for the caller to rebuild. */
    public CurriculumSearcher(Directory directory) throws IOException {
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in a folder; if it cannot be read (corrupt, or written by another Lucene), it is wiped and
     * an empty one is created, whose missing fingerprint makes the caller rebuild it from the database.
     */
    public static CurriculumSearcher openOrReset(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return new CurriculumSearcher(FSDirectory.open(folder));
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "search index in " + folder + " is unreadable; starting it afresh", unreadable);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!file.equals(folder)) {
                        Files.delete(file);
                    }
                }
            }
            return new CurriculumSearcher(FSDirectory.open(folder));
        }
    }

    /** The fingerprint of the curriculum the last rebuild indexed, or null for a new index. */
    public String fingerprint() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (FINGERPRINT.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    public static String fingerprintOf(List<CurriculumText> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CurriculumText text : texts) {
                digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the index answer for this curriculum: rebuilt when it was built from another (or none), otherwise kept,
     * with its title completions (kept in memory only) made anew. Returns whether it was rebuilt.
     */
    public synchronized boolean bringUpToDate(List<CurriculumText> texts) throws IOException {
        if (!fingerprintOf(texts).equals(fingerprint())) {
            rebuild(texts);
            return true;
        }
        Suggesters previous = suggesters;
        suggesters = Suggesters.of(texts);
        previous.close();
        return false;
    }

    /** Replaces the whole index with this curriculum, commits, and makes it visible to searches. */
    public synchronized void rebuild(List<CurriculumText> texts) throws IOException {
        writer.deleteAll();
        for (CurriculumText text : texts) {
            writer.addDocument(documents.of(text));
        }
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprintOf(texts)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        Suggesters previous = suggesters;
        suggesters = Suggesters.of(texts);
        previous.close();
    }

    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public SearchResults search(SearchQuery request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return run(searcher, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults run(IndexSearcher searcher, SearchQuery request) throws IOException {
        boolean chinese = request.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Query words = words(request.text(), chinese);
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (!request.lessonsVisible()) {
            visible.add(new TermQuery(new Term(TYPE, "lesson")), Occur.MUST_NOT);
        }
        DrillDownQuery query = new DrillDownQuery(facetsConfig, visible.build());
        request.filters().forEach((dimension, value) -> {
            if (List.of(FACETS).contains(dimension) && value != null && !value.isBlank()) {
                query.add(dimension, value);
            }
        });
        int wanted = (request.page() + 1) * SearchQuery.PAGE_SIZE;
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted,
                new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        Map<String, List<FacetCount>> facets = facets(searcher, result.facetsCollector());
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, request.page() * SearchQuery.PAGE_SIZE);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
        String[] snippets = snippets(searcher, words, page, chinese);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            hits.add(new Hit(doc.get(ID), doc.get(TYPE), doc.get(KIND), doc.get("course"), doc.get("lesson"),
                    doc.get("micro"), doc.get(SERVES), doc.get(TITLE_ZH), doc.get(TITLE_EN), snippets[i],
                    doc.getField(MINUTES).numericValue().intValue(), page[i].score));
        }
        long total = top.totalHits.value;
        int pages = (int) ((total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        return new SearchResults(total, request.page(), pages, hits, facets, null, chinese);
    }

    /**
     * The query for the words. SimpleQueryParser takes anything a person types (quotes, brackets, stray operators)
     * without failing; Chinese is searched as segmented words and as bigrams, the scores adding up.
     */
    Query words(String text, boolean chinese) {
        if (!chinese) {
            return orNothing(new SimpleQueryParser(analyzer, SearchFields.english()).parse(text));
        }
        Query segmented = new SimpleQueryParser(analyzer, SearchFields.chineseWords()).parse(text);
        Query bigrams = new SimpleQueryParser(analyzer, SearchFields.chineseBigrams()).parse(text);
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        if (segmented != null) {
            both.add(segmented, Occur.SHOULD);
        }
        if (bigrams != null) {
            both.add(bigrams, Occur.SHOULD);
        }
        return both.build();
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery() : query;
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean chinese) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000).build();
        int[] ids = java.util.Arrays.stream(page).mapToInt(s -> s.doc).toArray();
        String field = chinese ? BODY_ZH : BODY_EN;
        Map<String, String[]> found = highlighter.highlightFields(new String[] {field}, query, ids,
                new int[] {SNIPPET_PASSAGES});
        String[] snippets = found.get(field);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                String body = searcher.storedFields().document(ids[i]).get(field);
                snippets[i] = escape(body == null ? "" : body.substring(0, Math.min(120, body.length())));
            }
        }
        return snippets;
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return counts; // an empty index has no facet field
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : FACETS) {
            FacetResult result;
            try {
                result = facets.getTopChildren(30, dimension);
            } catch (IllegalArgumentException dimensionNotIndexed) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    public List<String> suggest(String typed, int count) {
        return suggesters.lookup(typed, count);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        suggesters.close();
        searchers.close();
        writer.close();
    }

    /** Title completion, one suggester per language, rebuilt with the index (kept in memory: it is small). */
    private record Suggesters(AnalyzingInfixSuggester zh, AnalyzingInfixSuggester en) implements Closeable {

        static Suggesters none() {
            return new Suggesters(null, null);
        }

        static Suggesters of(List<CurriculumText> texts) throws IOException {
            return new Suggesters(build(texts, true), build(texts, false));
        }

        private static AnalyzingInfixSuggester build(List<CurriculumText> texts, boolean chinese) throws IOException {
            AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                    new StandardAnalyzer());
            // every title (lesson titles are public in each course's syllabus); courses first
            for (CurriculumText text : texts) {
                String title = chinese ? text.title().zh() : text.title().en();
                suggester.add(new org.apache.lucene.util.BytesRef(title), null, "course".equals(text.type()) ? 3 : 1, null);
            }
            suggester.refresh();
            return suggester;
        }

        List<String> lookup(String typed, int count) {
            boolean chinese = typed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            AnalyzingInfixSuggester suggester = chinese ? zh : en;
            if (suggester == null) {
                return List.of();
            }
            try {
                List<String> titles = new ArrayList<>();
                for (Lookup.LookupResult result : suggester.lookup(typed, count * 2, true, false)) {
                    String title = result.key.toString();
                    if (!titles.contains(title)) {
                        titles.add(title);
                    }
                }
                return titles.subList(0, Math.min(count, titles.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (zh != null) {
                zh.close();
            }
            if (en != null) {
                en.close();
            }
        }
    }
}
