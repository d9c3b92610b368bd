package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Item-writing faults that let a candidate score without the knowledge, checked on the platform's own banks (the
 * rules and the similarity measure are described in {@code content/README.md}): the key is the longest option in
 * more than 40% of a bank's single-choice items; an option repeated across items of a bank; "all/none of the
 * above"; and stems that are near-duplicates, within a bank or across banks.
 */
final class ItemWritingCheck {

    /** Above this share of single-choice items with the longest option as key, "pick the longest" pays. */
    static final double LONGEST_KEY_SHARE = 0.4;
    /** Fewer single-choice items than this say nothing about a bank's habit (a test bank, a new exam). */
    static final int LONGEST_KEY_MINIMUM_ITEMS = 5;
    /** Jaccard similarity of the stems' bigram sets at or above which two stems are near-duplicates. */
    static final double NEAR_DUPLICATE = 0.8;

    private static final Pattern ALL_OR_NONE = Pattern.compile(
            "以上(都|皆|均|全)(是|非|对|不是|不对|正确|不正确|错误)|以上全部|以上都有|以上都没有|以上选项都"
                    + "|(all|none|both|neither) of the above|all the above|(any|either) of the above");
    private static final Pattern NOT_TEXT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** An item of a bank file with where it stands: its entry's line, its stem's line and each option's line. */
    record Placed(BankItem item, String file, int line, int stemLine, List<Integer> optionLines) {

        Placed {
            optionLines = List.copyOf(optionLines);
        }

        String where() {
            return file + ":" + line;
        }
    }

    private ItemWritingCheck() {
    }

    /** The faults within one bank; {@code blueprintFile} is where a bank-wide fault is reported. */
    static List<ContentProblem> withinBank(String blueprintFile, List<Placed> bank) {
        List<ContentProblem> problems = new ArrayList<>();
        longestKey(blueprintFile, bank, problems);
        Map<String, Placed> seen = new HashMap<>();
        for (Placed placed : bank) {
            List<LocalizedText> options = options(placed);
            for (int i = 0; i < options.size(); i++) {
                int line = placed.optionLines().get(i);
                String field = "options[" + i + "]";
                if (allOrNone(options.get(i))) {
                    problems.add(new ContentProblem(placed.file(), line, field, "content.item.allOrNone"));
                }
                Set<String> reported = new HashSet<>();
                for (Language language : Language.values()) {
                    String text = normalized(options.get(i).in(language));
                    if (text.isEmpty()) {
                        continue;
                    }
                    Placed earlier = seen.putIfAbsent(language.tag() + ":" + text, placed);
                    if (earlier != null && earlier != placed && reported.add(earlier.item().id())) {
                        problems.add(new ContentProblem(placed.file(), line, field, "content.item.optionRepeated",
                                earlier.item().id(), earlier.where()));
                    }
                }
            }
        }
        Stems stems = new Stems();
        for (int i = 0; i < bank.size(); i++) {
            for (int j = 0; j < i; j++) {
                nearDuplicate(bank.get(j), bank.get(i), stems, problems);
            }
        }
        return problems;
    }

    /** Near-duplicate stems between items of different banks; the same item id in both is reuse on purpose. */
    static List<ContentProblem> acrossBanks(List<List<Placed>> banks) {
        List<ContentProblem> problems = new ArrayList<>();
        Stems stems = new Stems();
        for (int b = 0; b < banks.size(); b++) {
            for (int a = 0; a < b; a++) {
                for (Placed later : banks.get(b)) {
                    for (Placed earlier : banks.get(a)) {
                        if (!earlier.item().id().equals(later.item().id())) {
                            nearDuplicate(earlier, later, stems, problems);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static void longestKey(String blueprintFile, List<Placed> bank, List<ContentProblem> problems) {
        List<BankItem> singles = bank.stream().map(Placed::item).filter(i -> i.type() == ItemType.SINGLE).toList();
        if (singles.size() < LONGEST_KEY_MINIMUM_ITEMS) {
            return;
        }
        for (Language language : Language.values()) {
            List<String> longest = singles.stream().filter(i -> keyIsLongest(i, language)).map(BankItem::id).toList();
            if (longest.size() > LONGEST_KEY_SHARE * singles.size()) {
                problems.add(new ContentProblem(blueprintFile, 0, "items", "content.bank.keyLongest",
                        longest.size(), singles.size(), language.tag(), String.join(", ", longest)));
            }
        }
    }

    /** The key is strictly longer, in letters and digits, than every other option. */
    static boolean keyIsLongest(BankItem item, Language language) {
        int key = item.key().get(0);
        int keyLength = normalized(item.options().get(key).in(language)).length();
        for (int i = 0; i < item.options().size(); i++) {
            if (i != key && normalized(item.options().get(i).in(language)).length() >= keyLength) {
                return false;
            }
        }
        return true;
    }

    private static boolean allOrNone(LocalizedText option) {
        return ALL_OR_NONE.matcher(option.zh().toLowerCase(Locale.ROOT)).find()
                || ALL_OR_NONE.matcher(option.en().toLowerCase(Locale.ROOT)).find();
    }

    private static void nearDuplicate(Placed earlier, Placed later, Stems stems, List<ContentProblem> problems) {
        boolean sameSet = earlier.item().scenarioId() != null
                && earlier.item().scenarioId().equals(later.item().scenarioId());
        for (Language language : Language.values()) {
            double similarity = jaccard(stems.of(earlier, language, sameSet), stems.of(later, language, sameSet));
            if (similarity >= NEAR_DUPLICATE) {
                problems.add(new ContentProblem(later.file(), later.stemLine(), "stem", "content.item.nearDuplicate",
                        earlier.item().id(), earlier.where(), (int) Math.floor(similarity * 100), language.tag()));
                return;
            }
        }
    }

    /**
     * The bigrams of what a candidate reads as the question: the stem, after its scenario's vignette when it has
     * one (two questions of one set share the vignette, so between them only the stems count). Each item's are
     * worked out once per check, since every stem is compared with every other.
     */
    private static final class Stems {

        private final Map<String, Set<String>> cache = new HashMap<>();

        Set<String> of(Placed placed, Language language, boolean stemOnly) {
            BankItem item = placed.item();
            boolean withVignette = item.vignette() != null && !stemOnly;
            String key = placed.where() + "|" + item.id() + "|" + language + "|" + withVignette;
            return cache.computeIfAbsent(key, k -> bigrams(
                    (withVignette ? item.vignette().in(language) + " " : "") + item.stem().in(language)));
        }
    }

    /**
     * Jaccard similarity of two texts' bigram sets after {@link #normalized}: character bigrams for Chinese, word
     * bigrams for English (English has too few distinct letter pairs for character bigrams to tell texts apart).
     */
    static double similarity(String a, String b) {
        return jaccard(bigrams(a), bigrams(b));
    }

    private static double jaccard(Set<String> first, Set<String> second) {
        if (first.isEmpty() && second.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String bigram : first) {
            if (second.contains(bigram)) {
                shared++;
            }
        }
        return (double) shared / (first.size() + second.size() - shared);
    }

    private static Set<String> bigrams(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        Set<String> bigrams = new HashSet<>();
        if (tokens.size() == 1) {
            bigrams.add(tokens.get(0));
        }
        for (int i = 1; i < tokens.size(); i++) {
            bigrams.add(tokens.get(i - 1) + " " + tokens.get(i));
        }
        return bigrams;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** Case, width and everything but letters and digits set aside, so "Call 120." and "call 120" are the same. */
    static String normalized(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_TEXT.matcher(folded).replaceAll("");
    }

    /** True/false items carry the platform's own "True"/"False", which are the same in every item. */
    private static List<LocalizedText> options(Placed placed) {
        return placed.item().type() == ItemType.TRUE_FALSE ? List.of() : placed.item().options();
    }
}
