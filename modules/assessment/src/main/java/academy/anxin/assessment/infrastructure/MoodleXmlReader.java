package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a question bank exported from Moodle (Moodle XML: {@code <quiz><question type="...">}) into bank items,
 * so that agencies who built their exams in Moodle can bring them to the academy.
 *
 * <p>Category questions set the competency of the questions after them. Multiple choice becomes SINGLE or
 * MULTIPLE, true/false becomes TRUE_FALSE and the qtype_ordering plugin's questions become ORDERING. Every other
 * question type is listed as unsupported with its line, and questions that cannot be graded as they stand are
 * reported as problems: an import never loses a question without saying so. The bank's text goes into both
 * languages, marked as needing translation.
 *
 * <p>The files come from outside agencies, so the parser refuses any DOCTYPE and never reads external entities.
 */
public final class MoodleXmlReader {

    private static final String DEFAULT_COMPETENCY = "general";
    private static final int VERSION = 1;
    private static final int DIFFICULTY = 3;

    private MoodleXmlReader() {
    }

    /**
     * Reads one Moodle XML file.
     *
     * @param xml      the file; not closed here
     * @param language the language the bank is written in (its text fills both languages either way)
     * @param idPrefix put before each question's name to make the item id, e.g. "AGENCY" gives "AGENCY-q1"
     */
    public static BankImport read(InputStream xml, Language language, String idPrefix) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(language, "language");
        Node quiz;
        try {
            quiz = SafeXml.parse(xml);
        } catch (SAXException | IOException e) {
            return failed(SafeXml.describe(e));
        }
        if (!"quiz".equals(quiz.name)) {
            return failed("Not a Moodle XML question bank: the root element is <" + quiz.name + ">, not <quiz>");
        }
        Mapping mapping = new Mapping(idPrefix);
        quiz.children("question").forEach(mapping::question);
        return mapping.result();
    }

    private static BankImport failed(String problem) {
        return new BankImport(List.of(), List.of(), List.of(problem));
    }

    /** Turns the {@code <question>} elements, in file order, into items, unsupported entries and problems. */
    private static final class Mapping {

        private final String idPrefix;
        private final List<BankItem> items = new ArrayList<>();
        private final List<BankImport.Unsupported> unsupported = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Set<String> usedIds = new HashSet<>();
        private String competency = DEFAULT_COMPETENCY;

        Mapping(String idPrefix) {
            this.idPrefix = idPrefix == null ? "" : idPrefix.trim();
        }

        void question(Node question) {
            String type = question.attribute("type").trim();
            switch (type) {
                case "category" -> category(question);
                case "multichoice", "truefalse", "ordering" -> supported(question, type);
                // Moodle's own types we cannot grade (shortanswer, essay, matching, multianswer, numerical,
                // calculated*, description, drag and drop...) and any plugin's: listed so that someone decides
                default -> unsupported.add(new BankImport.Unsupported(label(question), type.isEmpty() ? "(none)" : type,
                        question.line));
            }
        }

        private void supported(Node question, String type) {
            try {
                items.add(item(question, type));
            } catch (Malformed e) {
                problems.add("Question \"" + label(question) + "\" (" + type + ", line " + question.line
                        + ") skipped: " + e.getMessage());
            }
        }

        private BankItem item(Node question, String type) throws Malformed {
            String stem = Html.plain(question.child("questiontext"));
            if (stem.isEmpty()) {
                throw new Malformed("it has no question text");
            }
            List<Answer> answers = new ArrayList<>();
            for (Node answer : question.children("answer")) {
                answers.add(Answer.of(answer));
            }
            Shape shape = switch (type) {
                case "multichoice" -> multichoice(question, answers);
                case "truefalse" -> trueFalse(answers);
                default -> ordering(answers);
            };
            String rationale = rationale(question, shape.right);
            String id = uniqueId(question.text("name", "text"));
            return new BankItem(id, VERSION, shape.type, List.of(competency), DIFFICULTY, same(stem), shape.options,
                    shape.key, same(rationale), null, null, true);
        }

        private static Shape multichoice(Node question, List<Answer> answers) throws Malformed {
            List<LocalizedText> options = options(answers);
            // Moodle writes "true"/"false"; very old exports wrote 1/0. Moodle's own default is single.
            String single = question.text("single").trim();
            boolean multiple = single.equalsIgnoreCase("false") || single.equals("0");
            double best = answers.stream().mapToDouble(Answer::fraction).max().orElse(0);
            if (best <= 0) {
                throw new Malformed("no answer is marked right (none has a positive fraction)");
            }
            List<Integer> key = multiple ? indices(answers, a -> a.fraction > 0)
                    : indices(answers, a -> Math.abs(a.fraction - best) < 1e-6);
            List<Answer> right = key.stream().map(answers::get).toList();
            if (multiple) {
                return new Shape(ItemType.MULTIPLE, options, key, right);
            }
            if (key.size() > 1) {
                // grading reads one key for single choice: keeping both would quietly fail those who chose the other
                throw new Malformed(key.size() + " answers are fully right, but a single-choice item has exactly one");
            }
            return new Shape(ItemType.SINGLE, options, key, right);
        }

        private static Shape trueFalse(List<Answer> answers) throws Malformed {
            Answer right = answers.stream().filter(a -> a.fraction > 0)
                    .max(Comparator.comparingDouble(Answer::fraction))
                    .orElseThrow(() -> new Malformed("neither true nor false is marked right"));
            int key = switch (right.text.toLowerCase(Locale.ROOT)) {
                case "true" -> 0;
                case "false" -> 1;
                default -> throw new Malformed("its right answer is \"" + right.text + "\", not true or false");
            };
            // the two words are known in both languages, so these options need no translation
            List<LocalizedText> options = List.of(new LocalizedText("正确", "True"), new LocalizedText("错误", "False"));
            return new Shape(ItemType.TRUE_FALSE, options, List.of(key), List.of(right));
        }

        private static Shape ordering(List<Answer> answers) throws Malformed {
            List<Answer> inOrder = new ArrayList<>(answers);
            // qtype_ordering stores each answer's position in its fraction (1, 2, 3...) and exports in that order;
            // sorting by it only matters for files edited by hand, and is skipped when positions repeat
            boolean positioned = answers.stream().map(Answer::fraction).distinct().count() == answers.size();
            if (positioned) {
                inOrder.sort(Comparator.comparingDouble(Answer::fraction));
            }
            List<LocalizedText> options = options(inOrder);
            List<Integer> key = IntStream.range(0, options.size()).boxed().toList();
            // in an ordering question every answer is part of the right answer
            return new Shape(ItemType.ORDERING, options, key, inOrder);
        }

        private static List<LocalizedText> options(List<Answer> answers) throws Malformed {
            if (answers.size() < 2) {
                throw new Malformed("it has " + answers.size() + " option(s); at least 2 are needed");
            }
            List<LocalizedText> options = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).text.isEmpty()) {
                    throw new Malformed("option " + (i + 1) + " has no text");
                }
                options.add(same(answers.get(i).text));
            }
            return options;
        }

        private static List<Integer> indices(List<Answer> answers, Predicate<Answer> test) {
            return IntStream.range(0, answers.size()).filter(i -> test.test(answers.get(i))).boxed().toList();
        }

        /** The general feedback, or else what the right answers' feedback says, since both explain the key. */
        private static String rationale(Node question, List<Answer> right) {
            String general = Html.plain(question.child("generalfeedback"));
            if (!general.isEmpty()) {
                return general;
            }
            return right.stream().map(Answer::feedback).filter(f -> !f.isEmpty()).collect(Collectors.joining(" "));
        }

        private String uniqueId(String name) {
            String slug = Slug.of(name, "item");
            String base = idPrefix.isEmpty() ? slug : idPrefix + "-" + slug;
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        private void category(Node question) {
            String path = question.text("category", "text");
            competency = competencyOf(path);
            if (competency.length() > CategoryName.MAX_LENGTH) {
                problems.add("Category \"" + path.trim() + "\" (line " + question.line + ") is longer than "
                        + CategoryName.MAX_LENGTH + " characters as a competency name");
                competency = DEFAULT_COMPETENCY;
            }
        }

        /** Moodle paths look like "$course$/top/Hotline/Ethics"; a "/" inside a name is written "//". */
        private static String competencyOf(String path) {
            String[] segments = path.trim().split("(?<!/)/(?!/)");
            String last = segments[segments.length - 1].replace("//", "/");
            boolean contextOnly = last.isEmpty() || last.equals("top") || last.matches("\\$[a-z]+\\$");
            String named = contextOnly ? "" : CategoryName.competency(last);
            return named.isEmpty() ? DEFAULT_COMPETENCY : named;
        }

        /** The question's name, else its first words, so that a reviewer can find it in Moodle. */
        private static String label(Node question) {
            String name = Html.collapse(question.text("name", "text"));
            if (!name.isEmpty()) {
                return name;
            }
            String text = Html.plain(question.child("questiontext"));
            if (!text.isEmpty()) {
                return text.length() <= 40 ? text : text.substring(0, 40) + "…";
            }
            return "(unnamed)";
        }

        private static LocalizedText same(String text) {
            return new LocalizedText(text, text);
        }

        BankImport result() {
            return new BankImport(items, unsupported, problems);
        }
    }

    /** The platform's type, options and key worked out for one question, and the answers that are right. */
    private record Shape(ItemType type, List<LocalizedText> options, List<Integer> key, List<Answer> right) {
    }

    /** One {@code <answer>}: its plain text, fraction (per cent) and feedback. */
    private record Answer(String text, double fraction, String feedback) {

        static Answer of(Node answer) throws Malformed {
            String fraction = answer.attribute("fraction").trim();
            double value;
            try {
                value = fraction.isEmpty() ? 0 : Double.parseDouble(fraction);
            } catch (NumberFormatException e) {
                throw new Malformed("an answer's fraction \"" + fraction + "\" is not a number");
            }
            return new Answer(Html.plain(answer), value, Html.plain(answer.child("feedback")));
        }
    }

    /** Why a question cannot become an item; reported, and the question skipped. */
    private static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Lower-case ASCII slugs for ids and competencies. */
    private static final class Slug {

        static String of(String text, String fallback) {
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            return slug.isEmpty() ? fallback : slug;
        }
    }

    /**
     * Moodle text as plain text: HTML (the usual format, often in CDATA) loses its tags and has its entities
     * decoded; plain-text and Markdown formats are only tidied, since a "<" there is meant literally.
     */
    private static final class Html {

        private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        // block elements separate words ("<p>a</p><p>b</p>" is "a b"); inline ones do not ("<b>un</b>safe")
        private static final Pattern BLOCK = Pattern.compile(
                "</?(p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|hr)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
        private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+[0-9]?);");
        private static final Map<String, String> NAMED = named();

        /** The text of a Moodle text holder ({@code <questiontext>}, {@code <answer>}...), or "" if missing. */
        static String plain(Node holder) {
            if (holder == null) {
                return "";
            }
            String format = holder.attribute("format");
            String text = holder.text("text");
            boolean literal = format.equals("plain_text") || format.equals("markdown");
            return literal ? collapse(text) : strip(text);
        }

        static String strip(String html) {
            String text = COMMENT.matcher(html).replaceAll("");
            text = SCRIPT.matcher(text).replaceAll(" ");
            text = BLOCK.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
            // decoded after the tags are gone, so that "&lt;b&gt;" stays visible text
            return collapse(decode(text));
        }

        static String collapse(String text) {
            return text.replaceAll("[\\s\\u00A0]+", " ").trim();
        }

        private static String decode(String text) {
            Matcher entity = ENTITY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (entity.find()) {
                entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1), entity.group())));
            }
            entity.appendTail(out);
            return out.toString();
        }

        private static String character(String name, String whole) {
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
            }
            return NAMED.getOrDefault(name, whole);
        }

        /** The entities Moodle's editors actually produce; anything else is left as written. */
        private static Map<String, String> named() {
            Map<String, String> named = new LinkedHashMap<>();
            named.put("amp", "&");
            named.put("lt", "<");
            named.put("gt", ">");
            named.put("quot", "\"");
            named.put("apos", "'");
            named.put("nbsp", "\u00A0");
            named.put("ndash", "–");
            named.put("mdash", "—");
            named.put("hellip", "…");
            named.put("lsquo", "‘");
            named.put("rsquo", "’");
            named.put("ldquo", "“");
            named.put("rdquo", "”");
            named.put("laquo", "«");
            named.put("raquo", "»");
            named.put("middot", "·");
            named.put("bull", "•");
            named.put("times", "×");
            named.put("deg", "°");
            named.put("copy", "©");
            named.put("reg", "®");
            return Map.copyOf(named);
        }
    }

    /** An element of the file: its name, attributes, direct text, children and the line it starts on. */
    private static final class Node {

        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Node(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        String attribute(String attribute) {
            return attributes.getOrDefault(attribute, "");
        }

        Node child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<Node> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The text at the end of a path of first children, or "" if any step is missing. */
        String text(String... path) {
            Node node = this;
            for (String step : path) {
                node = node.child(step);
                if (node == null) {
                    return "";
                }
            }
            return node.text.toString();
        }
    }

    /**
     * Parses with the JDK's SAX parser locked down: a DOCTYPE is an error (so no entity of any kind can be
     * declared), external entities and DTDs are never fetched, and secure processing caps what a hostile file can
     * make the parser do. SAX rather than DOM because its locator gives each question's line.
     */
    private static final class SafeXml {

        static Node parse(InputStream xml) throws SAXException, IOException {
            TreeBuilder builder = new TreeBuilder();
            parser().parse(new InputSource(xml), builder);
            return builder.root;
        }

        private static SAXParser parser() {
            try {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                factory.setXIncludeAware(false);
                factory.setNamespaceAware(false);
                SAXParser parser = factory.newSAXParser();
                parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return parser;
            } catch (ParserConfigurationException | SAXException e) {
                // never fall back to an unprotected parser
                throw new IllegalStateException("The XML parser cannot be configured to read outside files safely", e);
            }
        }

        static String describe(Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (message.contains("DOCTYPE")) {
                return "Refused: the file declares a DOCTYPE. Moodle XML never needs one, and it could make the "
                        + "reader fetch outside files (external entities), so the file was not read.";
            }
            String where = e instanceof SAXParseException parse && parse.getLineNumber() > 0
                    ? " (line " + parse.getLineNumber() + ")" : "";
            return "Not a readable Moodle XML file" + where + ": " + message;
        }
    }

    /** Builds the {@link Node} tree from SAX events, noting the line each element starts on. */
    private static final class TreeBuilder extends DefaultHandler {

        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;
        Node root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            Node node = new Node(qName, values, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            // <file> holds base64 images, often megabytes, which the platform does not import
            if (!open.isEmpty() && !open.peek().name.equals("file")) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            // unreachable with DOCTYPE refused; kept so that a change of parser can never start fetching
            throw new SAXException("External entities are not read: " + systemId);
        }
    }
}
