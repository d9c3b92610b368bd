package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.ContentProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The terminology check: the glossary in the content folder's {@code README.md} (a table under a heading that starts
 * with {@code ## Terminology}) names, for each concept, the words to use and, in back-quotes, the forms to avoid; this
 * check finds those forms in the learner-facing text of the folder (Markdown bodies, captions and the text values of
 * YAML files; README files, which document the format, are not learner-facing) and reports each with its file and
 * line.
 *
 * <p>Quoting a form is mentioning it, not using it: a form inside quotation marks on its line (“残废”, "committed
 * suicide", 'a cripple', 「……」) is how a lesson teaches what not to say, and is not reported. Chinese forms match as
 * they are written; forms in Latin letters match whole words, in any case.
 */
public final class TerminologyCheck {

    /** One row of the glossary: the concept, the words to use, and the forms to avoid. */
    public record Term(String concept, String use, List<String> avoid) {
        public Term {
            avoid = List.copyOf(avoid);
        }
    }

    private static final Pattern BACKQUOTED = Pattern.compile("`([^`]+)`");

    private final List<Term> glossary;
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> forms = new ArrayList<>();
    private final List<Term> owners = new ArrayList<>();

    public TerminologyCheck(List<Term> glossary) {
        this.glossary = List.copyOf(glossary);
        for (Term term : this.glossary) {
            for (String form : term.avoid()) {
                forms.add(form);
                owners.add(term);
                patterns.add(pattern(form));
            }
        }
    }

    public List<Term> glossary() {
        return glossary;
    }

    /**
     * Reads the glossary from a README's text: the Markdown table after the first heading that starts with
     * {@code ## Terminology}, up to the next heading. Columns: concept, words to use in zh, in en, forms to avoid in
     * zh, in en; the forms are the back-quoted strings of the last two columns.
     */
    public static TerminologyCheck fromReadme(String readme) {
        List<Term> terms = new ArrayList<>();
        boolean inSection = false;
        int row = 0;
        for (String line : readme.split("\r?\n")) {
            if (line.startsWith("## ")) {
                if (inSection) {
                    break;
                }
                inSection = line.startsWith("## Terminology");
                continue;
            }
            if (!inSection || !line.strip().startsWith("|")) {
                continue;
            }
            row++;
            String[] cells = line.strip().split("\\|", -1);
            // "| a | b | c | d | e |" splits into "", a, b, c, d, e, ""; rows 1 and 2 are the header and its rule
            if (row <= 2 || cells.length < 6) {
                continue;
            }
            List<String> avoid = new ArrayList<>();
            for (int i = 4; i < cells.length; i++) {
                Matcher m = BACKQUOTED.matcher(cells[i]);
                while (m.find()) {
                    avoid.add(m.group(1).strip());
                }
            }
            terms.add(new Term(cells[1].strip(), (cells[2].strip() + " / " + cells[3].strip()), avoid));
        }
        return new TerminologyCheck(terms);
    }

    /** The glossary of {@code <folder>/README.md}; an empty glossary when there is no README. */
    public static TerminologyCheck of(Path folder) {
        Path readme = folder.resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            return new TerminologyCheck(List.of());
        }
        try {
            return fromReadme(Files.readString(readme, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every use of a form to avoid in the folder's learner-facing files, in file and line order. */
    public List<ContentProblem> check(Path folder) {
        List<ContentProblem> problems = new ArrayList<>();
        if (forms.isEmpty()) {
            return problems;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                String lower = name.toLowerCase(Locale.ROOT);
                if (file.getFileName().toString().equals("README.md")) {
                    continue;
                }
                if (lower.endsWith(".md") || lower.endsWith(".vtt")) {
                    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        checkLine(name, i + 1, lines[i], problems);
                    }
                } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                    checkYaml(name, Files.readString(file, StandardCharsets.UTF_8), problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The uses of forms to avoid in one line of text (public for tests and for single texts). */
    public List<ContentProblem> checkText(String file, int line, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            checkLine(file, line + i, lines[i], problems);
        }
        return problems;
    }

    private void checkYaml(String name, String text, List<ContentProblem> problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (YAMLException syntax) {
            return; // the reader of that file reports its syntax
        }
        if (root != null) {
            walk(name, root, problems);
        }
    }

    private void walk(String name, Node node, List<ContentProblem> problems) {
        if (node instanceof ScalarNode scalar) {
            int first = scalar.getStartMark().getLine() + 1;
            DumperOptions.ScalarStyle style = scalar.getScalarStyle();
            boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
            String[] lines = scalar.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                checkLine(name, first + (block ? 1 : 0) + i, lines[i], problems);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                walk(name, tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(name, item, problems);
            }
        }
    }

    private void checkLine(String file, int line, String text, List<ContentProblem> problems) {
        for (int f = 0; f < forms.size(); f++) {
            Matcher m = patterns.get(f).matcher(text);
            while (m.find()) {
                if (!quoted(text, m.start(), m.end())) {
                    Term term = owners.get(f);
                    problems.add(new ContentProblem(file, line, null, "content.terminology",
                            forms.get(f), term.use(), term.concept()));
                    break;
                }
            }
        }
    }

    private static Pattern pattern(String form) {
        boolean latin = form.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
        String quoted = Pattern.quote(form);
        return latin
                ? Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : Pattern.compile(quoted);
    }

    /** Whether text[start, end) lies inside a quotation on its line. */
    static boolean quoted(String text, int start, int end) {
        return inside(text, start, end, '“', '”') || inside(text, start, end, '‘', '’')
                || inside(text, start, end, '「', '」') || inside(text, start, end, '『', '』')
                || insideSymmetric(text, start, end, '"') || insideSingle(text, start, end);
    }

    private static boolean inside(String text, int start, int end, char open, char close) {
        int opened = text.lastIndexOf(open, start - 1);
        if (opened < 0 || text.lastIndexOf(close, start - 1) > opened) {
            return false;
        }
        int closed = text.indexOf(close, end);
        return closed >= 0 && (text.indexOf(open, end) < 0 || text.indexOf(open, end) > closed);
    }

    private static boolean insideSymmetric(String text, int start, int end, char quote) {
        int before = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == quote) {
                before++;
            }
        }
        return before % 2 == 1 && text.indexOf(quote, end) >= 0;
    }

    /** Single quotes: an opening one follows no letter, a closing one is followed by no letter (not an apostrophe). */
    private static boolean insideSingle(String text, int start, int end) {
        for (int i = start - 1; i >= 0; i--) {
            if (text.charAt(i) == '\'') {
                boolean opening = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                if (!opening) {
                    boolean apostrophe = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
                    if (apostrophe) {
                        continue; // don't, You're
                    }
                    return false; // the closing quote of an earlier quotation
                }
                for (int j = end; j < text.length(); j++) {
                    if (text.charAt(j) == '\'' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
