package academy.anxin.practice.infrastructure;

import academy.anxin.kernel.content.ContentFiles;
import academy.anxin.kernel.content.ContentProblems;
import academy.anxin.kernel.content.YamlNode;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.ObservedIn;
import academy.anxin.practice.domain.Rubric;
import academy.anxin.practice.domain.Rubrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the competency assessment rubrics in {@code content/rubrics/<CODE>.yaml} (format in {@code content/README.md},
 * "Rubrics") with the content-file rules of the rest of the curriculum: every problem names its file, line and
 * field, all problems are reported at once, unknown fields are refused, and rubrics with any problem yield none
 * (an assessment scored on a half-read rubric would decide a pass by the wrong rule). It writes nothing.
 */
public final class RubricReader {

    public static final String FOLDER = "rubrics";
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    static final Pattern CRITERION = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int TITLE_LENGTH = 200;
    private static final int DESCRIPTOR_LENGTH = 600;

    private static final List<String> FIELDS = List.of("code", "title", "observedIn", "criteria", "pass");
    private static final List<String> CRITERION_FIELDS = List.of("id", "title", "levels");
    private static final List<String> PASS_FIELDS = List.of("minimumLevel", "competentCount", "competentIn");

    /** The rubrics as read, or the problems that stop them. */
    public record Result(Rubrics rubrics, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Reads {@code rubrics/} under the content root; a content folder without one has no rubrics. */
    public Result read(Path root) {
        ContentFiles files = new ContentFiles(root);
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new Result(Rubrics.none(), List.of());
        }
        ContentProblems problems = new ContentProblems();
        List<Rubric> rubrics = new ArrayList<>();
        for (Path file : files.children(folder)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".yaml") || !Files.isRegularFile(file)) {
                continue;
            }
            YamlNode doc = problems.read(() -> files.yaml(file));
            if (doc != null) {
                int before = problems.count();
                Rubric rubric = rubric(doc, name.substring(0, name.length() - ".yaml".length()), problems);
                if (rubric != null && problems.count() == before) {
                    rubrics.add(rubric);
                }
            }
        }
        return problems.count() == 0 ? new Result(new Rubrics(rubrics), List.of())
                : new Result(Rubrics.none(), problems.all());
    }

    private static Rubric rubric(YamlNode doc, String expected, ContentProblems problems) {
        problems.check(() -> onlyFields(doc, FIELDS));
        String code = problems.read(() -> {
            YamlNode node = doc.required("code");
            String value = node.matching(CODE, "A-Z, 0-9, -");
            if (!value.equals(expected)) {
                throw node.fault("content.code.name", value, expected);
            }
            return value;
        });
        LocalizedText title = problems.read(() -> doc.required("title").localized(TITLE_LENGTH));
        Set<ObservedIn> observedIn = problems.read(() -> observedIn(doc.required("observedIn")));
        List<Rubric.Criterion> criteria = problems.read(() -> criteria(doc.required("criteria"), problems));
        Rubric.PassRule pass = problems.read(() -> pass(doc.required("pass"), criteria));
        if (code == null || title == null || observedIn == null || criteria == null || pass == null) {
            return null;
        }
        return new Rubric(code, title, observedIn, criteria, pass);
    }

    private static Set<ObservedIn> observedIn(YamlNode node) {
        Set<ObservedIn> settings = EnumSet.noneOf(ObservedIn.class);
        String known = Arrays.stream(ObservedIn.values()).map(Enum::name).collect(Collectors.joining(", "));
        for (YamlNode item : node.list(false)) {
            String value = item.text(40);
            ObservedIn setting = Arrays.stream(ObservedIn.values()).filter(o -> o.name().equals(value)).findFirst()
                    .orElseThrow(() -> item.fault("content.rubric.observedIn", value, known));
            if (!settings.add(setting)) {
                throw item.fault("content.credential.duplicate", value);
            }
        }
        return settings;
    }

    /** Each criterion read on its own, so that one mistake does not hide the next. */
    private static List<Rubric.Criterion> criteria(YamlNode node, ContentProblems problems) {
        List<Rubric.Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (YamlNode item : node.list(false)) {
            Rubric.Criterion criterion = problems.read(() -> {
                onlyFields(item, CRITERION_FIELDS);
                YamlNode idNode = item.required("id");
                String id = idNode.matching(CRITERION, "a-z, 0-9, -");
                if (!ids.add(id)) {
                    throw idNode.fault("content.rubric.criterion.duplicate", id);
                }
                LocalizedText title = item.required("title").localized(TITLE_LENGTH);
                YamlNode levelsNode = item.required("levels");
                List<YamlNode> levelNodes = levelsNode.list(false);
                if (levelNodes.size() != Rubric.HIGHEST) {
                    throw levelsNode.fault("content.rubric.levels", levelNodes.size());
                }
                List<LocalizedText> levels = new ArrayList<>();
                for (YamlNode level : levelNodes) {
                    levels.add(level.localized(DESCRIPTOR_LENGTH));
                }
                return new Rubric.Criterion(id, title, levels);
            });
            if (criterion == null) {
                complete = false;
            } else {
                criteria.add(criterion);
            }
        }
        return complete ? criteria : null;
    }

    /** The pass rule; its fields are checked even when the criteria could not be read, its names only when they were. */
    private static Rubric.PassRule pass(YamlNode node, List<Rubric.Criterion> criteria) {
        onlyFields(node, PASS_FIELDS);
        int minimum = node.required("minimumLevel").integer(Rubric.LOWEST, Rubric.HIGHEST);
        YamlNode countNode = node.required("competentCount");
        int count = countNode.integer(0, 100);
        if (criteria == null) {
            return null; // the criteria's own problems are reported; what the rule names cannot be checked
        }
        if (count > criteria.size()) {
            throw countNode.fault("content.rubric.pass.tooMany", count, criteria.size());
        }
        Set<String> ids = criteria.stream().map(Rubric.Criterion::id).collect(Collectors.toSet());
        Set<String> competentIn = new LinkedHashSet<>();
        for (YamlNode item : node.optional("competentIn").map(n -> n.list(true)).orElse(List.of())) {
            String id = item.matching(CRITERION, "a-z, 0-9, -");
            if (!ids.contains(id)) {
                throw item.fault("content.rubric.pass.unknownCriterion", id);
            }
            if (!competentIn.add(id)) {
                throw item.fault("content.credential.duplicate", id);
            }
        }
        return new Rubric.PassRule(minimum, count, competentIn);
    }

    /** Refuses a field this format does not know, naming the ones it does. */
    private static void onlyFields(YamlNode node, List<String> known) {
        for (String key : node.keys()) {
            if (!known.contains(key)) {
                YamlNode at = node.optional(key).orElse(node);
                throw at.fault("content.field.unknown", key, String.join(", ", known));
            }
        }
    }
}
