package academy.anxin.search.benchmark;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.learning.application.CurriculumText;
import academy.anxin.search.application.SearchQuery;
import academy.anxin.search.infrastructure.CurriculumSearcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;

/**
 * Search benchmark (run by {@code setup/bench/search}; not a test): builds a synthetic corpus of 50,000 lessons,
 * mixed Chinese and English, indexes it with the platform's own index code, and times the same queries against
 * Lucene and against MariaDB FULLTEXT on the same rows in the same run. Prints build times and p50/p95 latency.
 *
 * <p>MariaDB has no ngram parser (that is MySQL's). The same effect, CJK text indexed as overlapping bigrams, is
 * had by writing the bigrams as words, each prefixed with "z" so that InnoDB's minimum token size (3) keeps them;
 * queries are encoded the same way. English words stay as they are. Both sides run on this machine, one query at
 * a time, after a warm-up.
 */
public final class SearchBenchmark {

    private static final int LESSONS = Integer.getInteger("bench.lessons", 50_000);
    private static final int QUERIES = 400;
    private static final int WARM_UP = 100;
    private static final String[] ZH_TERMS = {"自杀风险评估", "热线咨询员", "自伤", "应激", "倾听", "转介", "心理急救",
        "哀伤", "残障", "老年人", "青少年", "危机干预", "保密", "督导", "情绪", "安全计划", "家属", "失眠", "焦虑", "抑郁",
        "灾后", "疫情", "求助", "陪伴", "边界", "自我照顾", "手语", "读屏", "知情同意", "记录", "回访", "孤独", "欺凌",
        "创伤", "复原力", "支持网络", "资源", "呼吸练习", "着陆", "共情"};
    private static final String[] ZH_FILLER = {"的", "在", "和", "我们", "来电者", "志愿者", "需要", "可以", "时候", "帮助",
        "一个", "如何", "了解", "注意", "情况", "过程", "对方", "说话", "问题", "方法"};
    private static final String[] EN_TERMS = {"suicide", "risk", "assessment", "hotline", "listening", "referral",
        "grounding", "bereavement", "disability", "older", "youth", "crisis", "confidentiality", "supervision",
        "safety", "plan", "family", "anxiety", "depression", "disaster", "epidemic", "support", "boundaries", "self-care",
        "sign", "language", "consent", "records", "loneliness", "bullying", "trauma", "resilience", "breathing",
        "empathy", "caller", "volunteer", "shift", "debrief", "stress", "panic"};
    private static final String[] EN_FILLER = {"the", "a", "and", "of", "to", "with", "when", "how", "what", "can",
        "should", "about", "for", "their", "this", "that", "may", "often", "every", "help"};

    public static void main(String[] args) throws Exception {
        Random random = new Random(42);
        List<CurriculumText> corpus = new ArrayList<>(LESSONS);
        for (int i = 0; i < LESSONS; i++) {
            boolean chinese = i % 2 == 0;
            corpus.add(new CurriculumText("lesson:B/" + i, "lesson", i % 5 == 0 ? "scenario" : "reading", "B", "l" + i,
                    null, "L" + (1 + i % 4), List.of("t" + i % 12),
                    new LocalizedText(text(random, true, 4), text(random, false, 5)),
                    new LocalizedText(chinese ? text(random, true, 120) : "", chinese ? "" : text(random, false, 140)), 5));
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES + WARM_UP; i++) {
            queries.add(i % 2 == 0 ? ZH_TERMS[random.nextInt(ZH_TERMS.length)]
                    : EN_TERMS[random.nextInt(EN_TERMS.length)] + " " + EN_TERMS[random.nextInt(EN_TERMS.length)]);
        }
        System.out.printf("corpus: %,d lessons (half Chinese, half English), %,d queries after %d warm-up%n",
                LESSONS, QUERIES, WARM_UP);
        lucene(corpus, queries);
        mariadb(corpus, queries);
    }

    private static void lucene(List<CurriculumText> corpus, List<String> queries) throws Exception {
        Path folder = Files.createTempDirectory("anxin-search-bench");
        try (CurriculumSearcher index = new CurriculumSearcher(FSDirectory.open(folder))) {
            long start = System.nanoTime();
            index.rebuild(corpus);
            System.out.printf("lucene:  index build %,d ms%n", (System.nanoTime() - start) / 1_000_000);
            long[] times = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                hits += index.search(new SearchQuery(queries.get(i), Map.of(), 0, true)).total();
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = System.nanoTime() - t;
                }
            }
            report("lucene", times, hits);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void mariadb(List<CurriculumText> corpus, List<String> queries) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_lesson");
            sql.execute("CREATE TABLE bench_lesson (id INT PRIMARY KEY, title TEXT, body MEDIUMTEXT) "
                    + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
            long start = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_lesson VALUES (?, ?, ?)")) {
                for (int i = 0; i < corpus.size(); i++) {
                    CurriculumText text = corpus.get(i);
                    insert.setInt(1, i);
                    insert.setString(2, grams(text.title().zh() + " " + text.title().en()));
                    insert.setString(3, grams(text.body().zh() + " " + text.body().en()));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            long loaded = System.nanoTime();
            sql.execute("ALTER TABLE bench_lesson ADD FULLTEXT INDEX bench_text (title, body)");
            System.out.printf("mariadb: load %,d ms, FULLTEXT index build %,d ms%n", (loaded - start) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            long[] times = new long[QUERIES];
            long hits = 0;
            try (PreparedStatement search = db.prepareStatement("SELECT id, MATCH(title, body) AGAINST (?) AS score "
                    + "FROM bench_lesson WHERE MATCH(title, body) AGAINST (?) ORDER BY score DESC LIMIT 10");
                 PreparedStatement count = db.prepareStatement(
                         "SELECT COUNT(*) FROM bench_lesson WHERE MATCH(title, body) AGAINST (?)")) {
                for (int i = 0; i < queries.size(); i++) {
                    String query = grams(queries.get(i));
                    long t = System.nanoTime();
                    search.setString(1, query);
                    search.setString(2, query);
                    try (ResultSet rows = search.executeQuery()) {
                        while (rows.next()) {
                            rows.getInt(1);
                        }
                    }
                    count.setString(1, query);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        hits += rows.getLong(1);
                    }
                    if (i >= WARM_UP) {
                        times[i - WARM_UP] = System.nanoTime() - t;
                    }
                }
            }
            report("mariadb", times, hits);
            sql.execute("DROP TABLE bench_lesson");
        }
    }

    /** CJK runs as prefixed overlapping bigrams (an ngram parser by hand); other words unchanged. */
    static String grams(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
                continue;
            }
            for (int j = 0; j + 1 < run.length(); j++) {
                out.append(" z").append(run, j, j + 2);
            }
            if (run.length() == 1) {
                out.append(" zz").append(run);
            }
            run.setLength(0);
            out.append(c);
        }
        return out.toString();
    }

    private static String text(Random random, boolean chinese, int words) {
        String[] terms = chinese ? ZH_TERMS : EN_TERMS;
        String[] filler = chinese ? ZH_FILLER : EN_FILLER;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = random.nextInt(4) == 0 ? terms[random.nextInt(terms.length)] : filler[random.nextInt(filler.length)];
            text.append(word);
            if (!chinese) {
                text.append(' ');
            } else if (random.nextInt(12) == 0) {
                text.append('。');
            }
        }
        return text.toString().strip();
    }

    private static void report(String engine, long[] nanos, long hits) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-8s query p50 %.2f ms, p95 %.2f ms, max %.2f ms (top 10 with total count; %,d hits in all)%n",
                engine + ":", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, hits);
    }

    private SearchBenchmark() {
    }
}
