package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankImport.Unsupported;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question bank written in Moodle's GIFT format, so that trainers can bring the questions they already keep
 * in Moodle (or write by hand in a text editor) into the platform's exam banks.
 *
 * <p>Multiple choice maps to {@link ItemType#SINGLE} (one right answer) or {@link ItemType#MULTIPLE} (several answers
 * with a positive weight, {@code ~%50%}), and {@code {T}}/{@code {F}} maps to {@link ItemType#TRUE_FALSE}. Short
 * answer, matching, numerical, essay and description questions are listed as unsupported with the line they start
 * on; malformed questions are reported as problems and skipped. {@code $CATEGORY:} names the competency (its last
 * path segment as a tag, Chinese kept: {@link CategoryName}), {@code ::title::} names the item id (idPrefix-slug, or idPrefix-NNN by position in the
 * file when there is no title or it has no ASCII letters or digits). GIFT has no difficulty, so every item gets 3.
 * A GIFT file is in one language, so every text is put in both languages and marked as needing translation.
 */
public final class GiftReader {

    private static final String DEFAULT_COMPETENCY = "general";
    private static final int DEFAULT_DIFFICULTY = 3;

    /** GIFT's escapable characters; while parsing they are swapped for private-use characters so they split nothing. */
    private static final String SPECIALS = "~=#{}:";
    private static final char PROTECTED = '\uE000';
    /** {@code \n} in GIFT is a line break the author asked for; it is kept through whitespace clean-up. */
    private static final char LINE_BREAK = '\uE010';

    private static final Pattern FORMAT_PREFIX =
            Pattern.compile("^\\s*\\[(html|markdown|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    /** Inline tags join words ("<b>not</b>ing"); any other tag (p, br, li, div) separates them. */
    private static final Pattern INLINE_TAG = Pattern.compile(
            "<\\s*/?\\s*(b|i|u|em|strong|span|a|sub|sup|code|small|mark|font)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|\\d+);");

    private GiftReader() {
    }

    /**
     * Reads a whole GIFT file.
     *
     * @param text     the file's content
     * @param language the language the bank is written in (used for the true/false option labels)
     * @param idPrefix put before every item id, such as "pfa-2024"
     */
    public static BankImport read(String text, Language language, String idPrefix) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(idPrefix, "idPrefix");
        Reading reading = new Reading(language, idPrefix);
        for (List<Line> block : blocks(text)) {
            reading.block(block);
        }
        return new BankImport(reading.items, reading.unsupported, reading.problems);
    }

    private record Line(int number, String text) {
    }

    /** Splits the file at blank lines; comment lines are dropped without ending a question, as Moodle does. */
    private static List<List<Line>> blocks(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\\r\\n|\\r|\\n", -1);
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(new Line(i + 1, line));
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private enum Format {
        PLAIN, MARKDOWN, HTML
    }

    private record Answer(String text, double weight, String feedback) {
    }

    /** Thrown inside the reading of one question to skip it with a reason; never leaves this class. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The state carried from question to question: the current category, the count for ids, what was read. */
    private static final class Reading {
        private final Language language;
        private final String idPrefix;
        private final List<BankItem> items = new ArrayList<>();
        private final List<Unsupported> unsupported = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Integer> idLines = new HashMap<>();
        private String competency = DEFAULT_COMPETENCY;
        private int questionNumber;

        Reading(Language language, String idPrefix) {
            this.language = language;
            this.idPrefix = idPrefix;
        }

        void block(List<Line> lines) {
            String first = lines.get(0).text().strip();
            if (first.startsWith("$CATEGORY:")) {
                category(first.substring("$CATEGORY:".length()), lines.get(0).number());
                lines = lines.subList(1, lines.size());
                if (lines.isEmpty()) {
                    return;
                }
            }
            questionNumber++;
            int lineNumber = lines.get(0).number();
            StringBuilder raw = new StringBuilder();
            for (Line line : lines) {
                raw.append(line.text()).append('\n');
            }
            try {
                question(protect(raw.toString()).strip(), lineNumber);
            } catch (Malformed e) {
                problems.add("line " + lineNumber + ": " + e.getMessage());
            }
        }

        private void category(String path, int lineNumber) {
            String[] segments = path.strip().split("/");
            String slug = CategoryName.competency(segments[segments.length - 1]);
            if (slug.isEmpty()) {
                problems.add("line " + lineNumber + ": category \"" + path.strip()
                        + "\" gives no competency name (letters, digits); using \"" + DEFAULT_COMPETENCY + "\"");
                slug = DEFAULT_COMPETENCY;
            } else if (slug.length() > CategoryName.MAX_LENGTH) {
                problems.add("line " + lineNumber + ": category \"" + path.strip() + "\" is longer than "
                        + CategoryName.MAX_LENGTH + " characters as a competency name");
                slug = DEFAULT_COMPETENCY;
            }
            competency = slug;
        }

        private void question(String body, int lineNumber) throws Malformed {
            String title = null;
            if (body.startsWith("::")) {
                int end = body.indexOf("::", 2);
                if (end < 0) {
                    throw new Malformed("the title is not closed with ::");
                }
                title = clean(body.substring(2, end), Format.PLAIN);
                body = body.substring(end + 2);
            }
            Format format = formatOf(body, Format.PLAIN);
            int open = body.indexOf('{');
            int close = body.indexOf('}');
            if (open < 0 && close < 0) {
                skip(title, clean(body, format), "description", lineNumber);
                return;
            }
            if (close < 0) {
                throw new Malformed("unbalanced braces: '{' is never closed");
            }
            if (open < 0 || close < open) {
                throw new Malformed("unbalanced braces: '}' without '{'");
            }
            if (body.indexOf('{', open + 1) >= 0 || body.indexOf('}', close + 1) >= 0) {
                throw new Malformed("unbalanced braces: more than one answer block");
            }
            String before = clean(body.substring(0, open), format);
            String after = clean(body.substring(close + 1), format);
            String answers = body.substring(open + 1, close);

            // Moodle takes the general feedback off first, so that "{####...}" is still an essay.
            String general = "";
            int generalAt = answers.indexOf("####");
            if (generalAt >= 0) {
                general = clean(answers.substring(generalAt + 4), format);
                answers = answers.substring(0, generalAt);
            }
            // The same order of tests as Moodle's GIFT importer, so a question means here what it means there.
            String trimmed = answers.strip();
            String text = join(before, after, " ");
            if (trimmed.isEmpty()) {
                skip(title, text, "essay", lineNumber);
            } else if (trimmed.startsWith("#")) {
                skip(title, text, "numerical", lineNumber);
            } else if (trimmed.contains("~")) {
                multipleChoice(title, join(before, after, " ___ "), answers, general, format, lineNumber);
            } else if (trimmed.contains("->")) {
                skip(title, text, "matching", lineNumber);
            } else if (isTrueFalse(trimmed)) {
                trueFalse(title, text, trimmed, general, format, lineNumber);
            } else if (trimmed.startsWith("=")) {
                skip(title, text, "shortanswer", lineNumber);
            } else {
                throw new Malformed("the answers must start with = or ~");
            }
        }

        private void multipleChoice(String title, String stem, String answerText, String general, Format format,
                                    int lineNumber) throws Malformed {
            List<Answer> answers = answers(answerText, format);
            if (answers.size() < 2) {
                throw new Malformed("multiple choice needs at least 2 options, found " + answers.size());
            }
            List<LocalizedText> options = new ArrayList<>();
            List<Integer> key = new ArrayList<>();
            List<String> feedback = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i);
                options.add(same(answer.text()));
                if (answer.weight() > 0) {
                    key.add(i);
                    feedback.add(answer.feedback());
                }
            }
            if (key.isEmpty()) {
                throw new Malformed("multiple choice has no right answer (no = and no positive %weight%)");
            }
            // as Moodle reads it: one full-credit answer (=) makes a pick-one question, whatever partial credit
            // other answers carry; the platform grades all or nothing, so the key is that answer
            List<Integer> full = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).weight() >= 100) {
                    full.add(i);
                }
            }
            if (full.size() == 1) {
                key = full;
            }
            feedback.removeIf(String::isEmpty);
            String rationale = general.isEmpty() ? String.join(" ", feedback) : general;
            add(title, key.size() == 1 ? ItemType.SINGLE : ItemType.MULTIPLE, stem, options, key, rationale,
                    lineNumber);
        }

        /** Splits "{=a#why ~%50%b ~c}" into answers; each = or ~ starts one, # starts its feedback. */
        private static List<Answer> answers(String text, Format format) throws Malformed {
            List<Answer> answers = new ArrayList<>();
            int start = firstMarker(text, 0);
            if (!text.substring(0, start < 0 ? text.length() : start).isBlank()) {
                throw new Malformed("text before the first answer (answers start with = or ~)");
            }
            while (start >= 0) {
                int next = firstMarker(text, start + 1);
                String piece = text.substring(start + 1, next < 0 ? text.length() : next);
                double weight = text.charAt(start) == '=' ? 100 : 0;
                String stripped = piece.strip();
                if (stripped.startsWith("%")) {
                    int end = stripped.indexOf('%', 1);
                    if (end < 0) {
                        throw new Malformed("answer weight is not closed with %");
                    }
                    try {
                        weight = Double.parseDouble(stripped.substring(1, end).strip());
                    } catch (NumberFormatException e) {
                        throw new Malformed("answer weight %" + stripped.substring(1, end) + "% is not a number");
                    }
                    piece = stripped.substring(end + 1);
                }
                int hash = piece.indexOf('#');
                String answer = clean(hash < 0 ? piece : piece.substring(0, hash), format);
                String feedback = hash < 0 ? "" : clean(piece.substring(hash + 1), format);
                if (answer.isEmpty()) {
                    throw new Malformed("an answer is empty");
                }
                answers.add(new Answer(answer, weight, feedback));
                start = next;
            }
            return answers;
        }

        private static int firstMarker(String text, int from) {
            int equals = text.indexOf('=', from);
            int tilde = text.indexOf('~', from);
            return equals < 0 ? tilde : tilde < 0 ? equals : Math.min(equals, tilde);
        }

        private static boolean isTrueFalse(String answers) {
            String value = answers.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
            return List.of("T", "TRUE", "F", "FALSE").contains(value);
        }

        /**
         * "{TRUE#for a wrong answer#for a right answer}": Moodle shows the first feedback to those who got it wrong
         * and the second to those who got it right; both explain the same statement, so both go into the rationale.
         */
        private void trueFalse(String title, String stem, String answers, String general, Format format,
                               int lineNumber) {
            String[] parts = answers.split("#", -1);
            boolean isTrue = parts[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
            List<String> feedback = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String f = clean(parts[i], format);
                if (!f.isEmpty()) {
                    feedback.add(f);
                }
            }
            String rationale = general.isEmpty() ? String.join(" ", feedback) : general;
            List<LocalizedText> options = language == Language.ZH
                    ? List.of(same("正确"), same("错误"))
                    : List.of(same("True"), same("False"));
            add(title, ItemType.TRUE_FALSE, stem, options, List.of(isTrue ? 0 : 1), rationale, lineNumber);
        }

        private void add(String title, ItemType type, String stem, List<LocalizedText> options, List<Integer> key,
                         String rationale, int lineNumber) {
            String slug = title == null ? "" : slug(title);
            String id = idPrefix + "-" + (slug.isEmpty() ? String.format(Locale.ROOT, "%03d", questionNumber) : slug);
            Integer earlier = idLines.putIfAbsent(id, lineNumber);
            if (earlier != null) {
                // Two items with one id would overwrite each other when stored; the author must rename one.
                problems.add("line " + lineNumber + ": id " + id + " is already used by the question on line "
                        + earlier);
                return;
            }
            items.add(new BankItem(id, 1, type, List.of(competency), DEFAULT_DIFFICULTY, same(stem), options, key,
                    same(rationale), null, null, true));
        }

        private void skip(String title, String text, String type, int lineNumber) {
            String name = title != null && !title.isEmpty() ? title : firstCharacters(text, 40);
            unsupported.add(new Unsupported(name, type, lineNumber));
        }
    }

    /** Swaps escaped special characters for placeholders, so that "\=" never starts an answer. */
    private static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                int special = SPECIALS.indexOf(next);
                if (special >= 0) {
                    out.append((char) (PROTECTED + special));
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append(LINE_BREAK);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unprotect(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int special = c - PROTECTED;
            if (special >= 0 && special < SPECIALS.length()) {
                out.append(SPECIALS.charAt(special));
            } else {
                out.append(c == LINE_BREAK ? '\n' : c);
            }
        }
        return out.toString();
    }

    private static Format formatOf(String text, Format otherwise) {
        Matcher m = FORMAT_PREFIX.matcher(text);
        if (!m.lookingAt()) {
            return otherwise;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "html" -> Format.HTML;
            case "markdown" -> Format.MARKDOWN;
            default -> Format.PLAIN; // [plain] and [moodle]
        };
    }

    /**
     * Turns a piece of GIFT into the text stored: drops its [format] prefix (a piece without one has the question's
     * format), strips HTML, tidies whitespace and puts escaped characters back.
     */
    private static String clean(String piece, Format inherited) {
        Format format = formatOf(piece, inherited);
        Matcher m = FORMAT_PREFIX.matcher(piece);
        String text = m.lookingAt() ? piece.substring(m.end()) : piece;
        text = switch (format) {
            case HTML -> collapse(decodeEntities(ANY_TAG.matcher(INLINE_TAG.matcher(text).replaceAll(""))
                    .replaceAll(" ")));
            // Line breaks carry meaning in Markdown (lists, paragraphs); only the ends of lines are tidied.
            case MARKDOWN -> text.strip().replaceAll("[ \\t]+\\n", "\n");
            // Authors wrap long lines in their editor; the breaks are not part of the text.
            case PLAIN -> collapse(text);
        };
        return unprotect(text).strip();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String decodeEntities(String html) {
        String text = NUMERIC_ENTITY.matcher(html).replaceAll(m -> {
            String code = m.group(1);
            int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            return Matcher.quoteReplacement(new String(Character.toChars(point)));
        });
        // &amp; last, so that "&amp;lt;" stays the literal text "&lt;".
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Lower case, every run of characters other than a-z, 0-9 and '-' becomes one '-', no '-' at the ends. */
    private static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
    }

    private static String join(String before, String after, String separator) {
        // A blank at the start of the question ("{=a ~b} is ...") still shows as "___ is ...".
        return after.isEmpty() ? before : (before + separator + after).strip();
    }

    private static String firstCharacters(String text, int count) {
        return text.codePointCount(0, text.length()) <= count ? text
                : text.substring(0, text.offsetByCodePoints(0, count)).strip();
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }
}
