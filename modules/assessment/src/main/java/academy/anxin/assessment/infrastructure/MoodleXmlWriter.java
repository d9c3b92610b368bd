package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes bank items as a Moodle XML question bank in one language, so that partner agencies running Moodle can
 * take the academy's items, and so that a bank can go out to a translator and come back through
 * {@link MoodleXmlReader}.
 *
 * <p>Each competency becomes a category ({@code $course$/top/<competency>}) followed by its items: SINGLE and
 * MULTIPLE as multichoice, TRUE_FALSE as truefalse, ORDERING as the qtype_ordering plugin's ordering. The result
 * declares UTF-8, so store or send it encoded as UTF-8.
 */
public final class MoodleXmlWriter {

    private MoodleXmlWriter() {
    }

    public static String write(List<BankItem> items, Language language) {
        Objects.requireNonNull(language, "language");
        // a Moodle question sits in one category: the item's first competency, the one grading reports it under
        Map<String, List<BankItem>> byCompetency = new LinkedHashMap<>();
        for (BankItem item : items) {
            String competency = item.competencies().isEmpty() ? "general" : item.competencies().get(0);
            byCompetency.computeIfAbsent(competency, c -> new ArrayList<>()).add(item);
        }
        Xml xml = new Xml();
        xml.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.line(0, "<quiz>");
        byCompetency.forEach((competency, members) -> {
            category(xml, competency);
            members.forEach(item -> question(xml, item, language));
        });
        xml.line(0, "</quiz>");
        return xml.toString();
    }

    private static void category(Xml xml, String competency) {
        xml.line(1, "<question type=\"category\">");
        xml.line(2, "<category>");
        xml.line(3, "<text>" + Xml.escape("$course$/top/" + competency) + "</text>");
        xml.line(2, "</category>");
        xml.line(1, "</question>");
    }

    private static void question(Xml xml, BankItem item, Language language) {
        String qtype = switch (item.type()) {
            case SINGLE, MULTIPLE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case ORDERING -> "ordering";
        };
        xml.line(1, "<question type=\"" + qtype + "\">");
        xml.line(2, "<name>");
        xml.line(3, "<text>" + Xml.escape(item.id()) + "</text>");
        xml.line(2, "</name>");
        xml.html(2, "questiontext", questionText(item, language));
        xml.html(2, "generalfeedback", item.rationale() == null ? "" : item.rationale().in(language));
        xml.line(2, "<defaultgrade>1.0000000</defaultgrade>");
        xml.line(2, "<hidden>0</hidden>");
        switch (item.type()) {
            case SINGLE, MULTIPLE -> multichoice(xml, item, language);
            case TRUE_FALSE -> trueFalse(xml, item);
            case ORDERING -> ordering(xml, item, language);
        }
        xml.line(1, "</question>");
    }

    /** A Moodle question stands alone, so an item from a scenario set carries its vignette before the stem. */
    private static String questionText(BankItem item, Language language) {
        String stem = item.stem().in(language);
        return item.vignette() == null ? stem : item.vignette().in(language) + "\n\n" + stem;
    }

    private static void multichoice(Xml xml, BankItem item, Language language) {
        boolean single = item.type() == ItemType.SINGLE;
        xml.line(2, "<penalty>0.3333333</penalty>");
        xml.line(2, "<single>" + single + "</single>");
        xml.line(2, "<shuffleanswers>1</shuffleanswers>");
        xml.line(2, "<answernumbering>abc</answernumbering>");
        // Moodle grades multiple response by summing fractions: the right ones share 100, each wrong one costs it all
        String share = single ? "100" : percent(100, item.key().size());
        for (int i = 0; i < item.options().size(); i++) {
            boolean right = item.key().contains(i);
            String fraction = right ? share : single ? "0" : "-100";
            answer(xml, fraction, "html", item.options().get(i).in(language));
        }
    }

    private static void trueFalse(Xml xml, BankItem item) {
        // Moodle's true/false answers are always the words "true" and "false", whatever the language
        boolean isTrue = item.key().get(0) == 0;
        xml.line(2, "<penalty>1.0000000</penalty>");
        answer(xml, isTrue ? "100" : "0", "moodle_auto_format", "true");
        answer(xml, isTrue ? "0" : "100", "moodle_auto_format", "false");
    }

    private static void ordering(Xml xml, BankItem item, Language language) {
        xml.line(2, "<penalty>0.3333333</penalty>");
        xml.line(2, "<layouttype>VERTICAL</layouttype>");
        xml.line(2, "<selecttype>ALL</selecttype>");
        xml.line(2, "<selectcount>0</selectcount>");
        xml.line(2, "<gradingtype>ABSOLUTE_POSITION</gradingtype>");
        // qtype_ordering keeps each answer's position (from 1) in its fraction and lists them in the right order
        for (int position = 0; position < item.key().size(); position++) {
            LocalizedText option = item.options().get(item.key().get(position));
            answer(xml, Integer.toString(position + 1), "html", option.in(language));
        }
    }

    private static void answer(Xml xml, String fraction, String format, String text) {
        xml.line(2, "<answer fraction=\"" + fraction + "\" format=\"" + format + "\">");
        xml.line(3, "<text>" + ("html".equals(format) ? Xml.cdata(Xml.htmlText(text)) : Xml.escape(text)) + "</text>");
        xml.line(3, "<feedback format=\"html\">");
        xml.line(4, "<text></text>");
        xml.line(3, "</feedback>");
        xml.line(2, "</answer>");
    }

    /** A share of 100 as Moodle exports it: its fractions have 7 decimals, so per cent have 5 ("33.33333"). */
    private static String percent(int whole, int parts) {
        return BigDecimal.valueOf(whole).divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** Indented lines of XML text, and the escaping they need. */
    private static final class Xml {

        private final StringBuilder out = new StringBuilder();

        void line(int depth, String content) {
            out.append("  ".repeat(depth)).append(content).append('\n');
        }

        /** A Moodle text holder in HTML format, e.g. {@code <questiontext format="html"><text>...</text>}. */
        void html(int depth, String element, String text) {
            line(depth, "<" + element + " format=\"html\">");
            line(depth + 1, "<text>" + cdata(htmlText(text)) + "</text>");
            line(depth, "</" + element + ">");
        }

        /**
         * Plain text made safe for a field Moodle shows as HTML: "&" and "<" are written as entities so that
         * "0 < score" is shown as written, and the reader decodes them back. Line breaks become {@code <br>}.
         */
        static String htmlText(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>");
        }

        /** CDATA needs no escaping; only "]]>" would end it early, so it is split across two sections. */
        static String cdata(String text) {
            if (text.isEmpty()) {
                return "";
            }
            return "<![CDATA[" + legal(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
        }

        static String escape(String text) {
            return legal(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }

        /** Drops the control characters XML 1.0 forbids anywhere, even escaped, so the file stays well-formed. */
        private static String legal(String text) {
            return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
