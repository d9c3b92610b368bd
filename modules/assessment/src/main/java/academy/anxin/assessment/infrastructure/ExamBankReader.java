package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Blueprint;
import academy.anxin.assessment.domain.ExamDefinition;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.kernel.content.ContentFiles;
import academy.anxin.kernel.content.ContentProblems;
import academy.anxin.kernel.content.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the platform's own exam banks ({@code content/exams/<EXAM-CODE>/exam.yaml} and {@code items/*.yaml},
 * format in {@code content/README.md}) with the same content-file rules as the curriculum: every problem names
 * its file, line and field, and a bank with any problem yields nothing. It writes nothing.
 */
public final class ExamBankReader {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    static final Pattern ITEM_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,59}");
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Pattern IMPORT = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,19})\\.(zh|en)\\.(gift|xml)");

    /** One exam as read: its blueprint and its bank, or the problems that stop it. */
    public record ExamBank(ExamDefinition definition, List<BankItem> items, List<BankImport.Unsupported> unsupported,
                           List<ContentProblem> problems) {

        public ExamBank {
            items = List.copyOf(items);
            unsupported = List.copyOf(unsupported);
            problems = List.copyOf(problems);
        }

        public Blueprint blueprint() {
            return definition == null ? null : definition.blueprint();
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** One exam, with the item-writing faults within its bank ({@link ItemWritingCheck}). */
    public ExamBank read(Path root, Path examFolder) {
        return placed(root, examFolder).bank();
    }

    /**
     * Every exam under {@code root/exams}, each with its own faults and, beside them, the stems that nearly repeat
     * another bank's.
     */
    public List<ExamBank> readAll(Path root) {
        List<Read> read = exams(root).stream().map(folder -> placed(root, folder)).toList();
        List<ContentProblem> across = ItemWritingCheck.acrossBanks(read.stream().map(Read::placed).toList());
        List<ExamBank> banks = new ArrayList<>();
        for (Read one : read) {
            ExamBank bank = one.bank();
            List<ContentProblem> problems = new ArrayList<>(bank.problems());
            String folder = one.folder();
            across.stream().filter(p -> p.file().startsWith(folder)).forEach(problems::add);
            banks.add(new ExamBank(bank.definition(), bank.items(), bank.unsupported(), problems));
        }
        return banks;
    }

    /** A bank as read, with where each of its own items stands in its files. */
    private record Read(String folder, ExamBank bank, List<ItemWritingCheck.Placed> placed) {
    }

    private Read placed(Path root, Path examFolder) {
        ContentFiles files = new ContentFiles(root);
        ContentProblems problems = new ContentProblems();
        String expected = examFolder.getFileName().toString();
        String blueprintFile = files.name(examFolder.resolve("exam.yaml"));
        ExamDefinition definition = problems.read(() -> definition(files.yaml(examFolder.resolve("exam.yaml")), expected));
        Blueprint blueprint = definition == null ? null : definition.blueprint();
        List<BankItem> items = new ArrayList<>();
        List<ItemWritingCheck.Placed> placed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files.children(examFolder.resolve("items"))) {
            if (!file.getFileName().toString().endsWith(".yaml")) {
                continue;
            }
            String name = files.name(file);
            YamlNode doc = problems.read(() -> files.yaml(file));
            List<YamlNode> entries = doc == null ? null : problems.read(() -> doc.list(false));
            for (YamlNode entry : entries == null ? List.<YamlNode>of() : entries) {
                List<ItemWritingCheck.Placed> read = problems.read(() -> entry(entry, ids, name));
                if (read != null) {
                    read.forEach(p -> items.add(p.item()));
                    placed.addAll(read);
                }
            }
        }
        List<BankImport.Unsupported> unsupported = new ArrayList<>();
        for (Path file : files.children(examFolder.resolve("imports"))) {
            items.addAll(imported(files, file, ids, unsupported, problems));
        }
        if (blueprint != null) {
            for (Map.Entry<String, Integer> draw : blueprint.draw().entrySet()) {
                long available = items.stream().filter(i -> i.competencies().get(0).equals(draw.getKey())).count();
                if (available < draw.getValue()) {
                    problems.add(new ContentProblem(blueprintFile, 0, "draw." + draw.getKey(),
                            "content.exam.tooFewItems", draw.getValue(), available));
                }
            }
        }
        ItemWritingCheck.withinBank(blueprintFile, placed).forEach(problems::add);
        String folder = files.name(examFolder) + "/";
        return new Read(folder, new ExamBank(definition, items, unsupported, problems.all()), placed);
    }

    /**
     * A bank an agency already holds, kept beside the exam as {@code imports/<name>.<zh|en>.gift} or
     * {@code imports/<name>.<zh|en>.xml} (Moodle XML): its items get ids from the name, and the questions it
     * cannot take are listed with the file they came from.
     */
    private static List<BankItem> imported(ContentFiles files, Path file, Set<String> ids,
                                           List<BankImport.Unsupported> unsupported, ContentProblems problems) {
        String name = files.name(file);
        Matcher parts = IMPORT.matcher(file.getFileName().toString());
        if (!parts.matches()) {
            problems.add(new ContentProblem(name, 0, null, "content.bank.fileName"));
            return List.of();
        }
        String prefix = parts.group(1).toUpperCase(java.util.Locale.ROOT);
        Language language = Language.fromTag(parts.group(2));
        BankImport read;
        try {
            byte[] bytes = Files.readAllBytes(file);
            read = parts.group(3).equals("gift")
                    ? GiftReader.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), language, prefix)
                    : MoodleXmlReader.read(new java.io.ByteArrayInputStream(bytes), language, prefix);
        } catch (java.io.IOException e) {
            problems.add(new ContentProblem(name, 0, null, "content.file.unreadable"));
            return List.of();
        }
        read.problems().forEach(p -> problems.add(new ContentProblem(name, 0, null, "content.bank.problem", p)));
        read.unsupported().forEach(u -> unsupported.add(new BankImport.Unsupported(name + ": " + u.name(), u.type(),
                u.line())));
        List<BankItem> items = new ArrayList<>();
        for (BankItem item : read.items()) {
            if (ids.add(item.id())) {
                items.add(item);
            } else {
                problems.add(new ContentProblem(name, 0, item.id(), "content.item.duplicate", item.id()));
            }
        }
        return items;
    }

    /** The exam folders under {@code exams/}. */
    public static List<Path> exams(Path root) {
        return new ContentFiles(root).children(root.resolve("exams")).stream().filter(Files::isDirectory).toList();
    }

    private static ExamDefinition definition(YamlNode doc, String expected) {
        YamlNode codeNode = doc.required("code");
        String code = codeNode.matching(CODE, "A-Z, 0-9, -");
        if (!code.equals(expected)) {
            throw codeNode.fault("content.code.name", code, expected);
        }
        int version = doc.required("version").integer(1, 100_000);
        LocalizedText title = doc.required("title").localized(200);
        YamlNode serves = doc.required("serves");
        List<String> servesKeys = serves.keys();
        if (servesKeys.size() != 1 || !(servesKeys.contains("tier") || servesKeys.contains("endorsement"))) {
            throw serves.fault("content.exam.serves");
        }
        boolean tier = servesKeys.contains("tier");
        YamlNode servesCode = serves.required(tier ? "tier" : "endorsement");
        String code0 = servesCode.text(20);
        if (tier ? Tier.parse(code0) == null : Endorsement.parse(code0) == null) {
            throw servesCode.fault("content.exam.serves");
        }
        Map<String, Integer> draw = new LinkedHashMap<>();
        YamlNode drawNode = doc.required("draw");
        for (String competency : drawNode.keys()) {
            draw.put(competency, drawNode.required(competency).integer(1, 200));
        }
        Blueprint blueprint = new Blueprint(code, draw,
                Duration.ofMinutes(doc.required("timeLimitMinutes").integer(1, 600)),
                doc.required("passMark").fraction(), doc.required("attemptLimit").integer(1, 100),
                Duration.ofHours(doc.required("cooldownHours").integer(0, 24 * 365)),
                doc.required("requiredCourses").codes(CODE, "A-Z, 0-9, -"));
        return new ExamDefinition(blueprint, version, title,
                tier ? ExamDefinition.TIER : ExamDefinition.ENDORSEMENT, code0);
    }

    /** One entry of an item file: an item, or a scenario set of items sharing a vignette. */
    private static List<ItemWritingCheck.Placed> entry(YamlNode node, Set<String> ids, String file) {
        if ("scenario".equals(node.required("type").text(20))) {
            String setId = id(node, ids);
            LocalizedText vignette = node.required("vignette").localized(4000);
            List<String> setCompetencies = competencies(node.required("competencies"));
            int setDifficulty = node.required("difficulty").integer(1, 5);
            List<ItemWritingCheck.Placed> set = new ArrayList<>();
            for (YamlNode item : node.required("items").list(false)) {
                set.add(item(item, ids, setId, vignette, setCompetencies, setDifficulty, file));
            }
            return set;
        }
        return List.of(item(node, ids, null, null, null, 0, file));
    }

    private static List<String> competencies(YamlNode node) {
        List<String> competencies = node.codes(TAG, "lower-case-tag");
        if (competencies.isEmpty()) {
            throw node.fault("content.field.empty");
        }
        return competencies;
    }

    /** An item; in a scenario set, competencies and difficulty default to the set's. */
    private static ItemWritingCheck.Placed item(YamlNode node, Set<String> ids, String setId, LocalizedText vignette,
                                                List<String> setCompetencies, int setDifficulty, String file) {
        String id = id(node, ids);
        int version = node.required("version").integer(1, 100_000);
        YamlNode typeNode = node.required("type");
        ItemType type = switch (typeNode.text(20)) {
            case "single" -> ItemType.SINGLE;
            case "multiple" -> ItemType.MULTIPLE;
            case "truefalse" -> ItemType.TRUE_FALSE;
            case "ordering" -> ItemType.ORDERING;
            default -> throw typeNode.fault("content.item.type", typeNode.text(20));
        };
        List<String> competencies = setId != null && node.optional("competencies").isEmpty()
                ? setCompetencies : competencies(node.required("competencies"));
        int difficulty = setId != null && node.optional("difficulty").isEmpty()
                ? setDifficulty : node.required("difficulty").integer(1, 5);
        YamlNode stemNode = node.required("stem");
        LocalizedText stem = stemNode.localized(2000);
        List<Integer> optionLines = new ArrayList<>();
        LocalizedText rationale = node.required("rationale").localized(2000);
        List<LocalizedText> options = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        if (type == ItemType.TRUE_FALSE) {
            options.add(new LocalizedText("正确", "True"));
            options.add(new LocalizedText("错误", "False"));
            YamlNode keyNode = node.required("key");
            List<YamlNode> values = keyNode.list(false);
            String value = values.get(0).text(5);
            if (values.size() != 1 || !(value.equals("true") || value.equals("false"))) {
                throw keyNode.fault("content.item.trueFalseKey");
            }
            key.add(value.equals("true") ? 0 : 1);
        } else {
            YamlNode optionsNode = node.required("options");
            for (YamlNode option : optionsNode.list(false)) {
                options.add(option.localized(1000));
                optionLines.add(option.line());
            }
            if (options.size() < 2 || options.size() > 8) {
                throw optionsNode.fault("content.quiz.optionCount");
            }
            if (type == ItemType.ORDERING) {
                for (int i = 0; i < options.size(); i++) {
                    key.add(i);
                }
            } else {
                YamlNode keyNode = node.required("key");
                for (YamlNode index : keyNode.list(false)) {
                    int answer = index.integer(0, options.size() - 1);
                    if (key.contains(answer)) {
                        throw index.fault("content.item.keyRepeated", answer);
                    }
                    key.add(answer);
                }
                if (type == ItemType.SINGLE && key.size() != 1) {
                    throw keyNode.fault("content.item.singleKey");
                }
            }
        }
        BankItem item = new BankItem(id, version, type, competencies, difficulty, stem, options, key, rationale, setId,
                vignette, false);
        return new ItemWritingCheck.Placed(item, file, node.line(), stemNode.line(), optionLines);
    }

    private static String id(YamlNode node, Set<String> ids) {
        YamlNode idNode = node.required("id");
        String id = idNode.matching(ITEM_ID, "A-Z, 0-9, -");
        if (!ids.add(id)) {
            throw idNode.fault("content.item.duplicate", id);
        }
        return id;
    }
}
