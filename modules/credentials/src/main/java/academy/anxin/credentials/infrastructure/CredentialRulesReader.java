package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialRules;
import academy.anxin.credentials.domain.RenewalRule;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.kernel.content.ContentFault;
import academy.anxin.kernel.content.ContentFiles;
import academy.anxin.kernel.content.ContentProblems;
import academy.anxin.kernel.content.YamlNode;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the tier and endorsement rules in {@code content/credentials/<CODE>.yaml} (format in
 * {@code content/README.md}, "Credentials") with the content-file rules of the rest of the curriculum: every
 * problem names its file, line and field, all problems are reported at once, and rules with any problem yield
 * nothing. Course and exam codes must exist in the same content folder ({@code courses/<CODE>/course.yaml},
 * {@code exams/<CODE>/exam.yaml}); an exam must serve the credential that names it, and a rule's minimum score may
 * raise the exam's pass mark but not lower it. Assessments name rubrics of the same folder
 * ({@code rubrics/<CODE>.yaml}). Unknown fields are refused too, because a misspelt optional field
 * such as {@code heldTier} would otherwise drop a prerequisite without a word. It writes nothing.
 */
public final class CredentialRulesReader {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final String CODE_SHAPE = "A-Z, 0-9, -";
    private static final int MOST_MINUTES = 100_000;
    private static final int MOST_MONTHS = 120;

    private static final List<String> FIELDS = List.of("credential", "title", "courses", "exam", "practice",
            "sessions", "assessments", "heldTier", "validityMonths", "renewal");
    private static final List<String> SESSIONS_FIELDS = List.of("risk", "count");
    private static final List<String> CREDENTIAL_FIELDS = List.of("tier", "endorsement");
    private static final List<String> EXAM_FIELDS = List.of("code", "minimumScore");
    private static final List<String> PRACTICE_FIELDS = List.of("totalMinutes", "byModality", "byPopulation",
            "countedAfter");
    private static final List<String> HELD_FIELDS = List.of("tier", "months");
    private static final List<String> RENEWAL_FIELDS = List.of("lessons", "practiceMinutes", "assessments");
    private static final int MOST_SESSIONS = 1000;

    /** The rules as read, or the problems that stop them. */
    public record RuleSet(CredentialRules rules, List<ContentProblem> problems) {

        public RuleSet {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * What a rule may refer to: the content folder's course codes, its exams with what they serve, and its rubrics'
     * codes (their own reader, in practice, checks what is inside them).
     */
    private record Catalog(Set<String> courses, Map<String, ExamFacts> exams, Set<String> rubrics) {
    }

    private record ExamFacts(CredentialKind serves, double passMark) {
    }

    /**
     * Reads {@code credentials/} under the content root. A content folder without one has no rules to change and
     * yields an empty, valid set; one that has it must give a rule for every tier and endorsement.
     */
    public RuleSet read(Path root) {
        ContentFiles files = new ContentFiles(root);
        Path folder = root.resolve("credentials");
        if (!Files.isDirectory(folder)) {
            return new RuleSet(CredentialRules.none(), List.of());
        }
        Catalog catalog = catalog(root, files);
        ContentProblems problems = new ContentProblems();
        List<CredentialRule> rules = new ArrayList<>();
        for (Path file : files.children(folder)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".yaml") || !Files.isRegularFile(file) || name.equals(CaseRulesReader.FILE)) {
                continue;
            }
            YamlNode doc = problems.read(() -> files.yaml(file));
            if (doc != null) {
                int before = problems.count();
                CredentialRule rule = rule(doc, name.substring(0, name.length() - ".yaml".length()), catalog, problems);
                if (rule != null && problems.count() == before) {
                    rules.add(rule);
                }
            }
        }
        if (problems.count() == 0) {
            Set<CredentialKind> found = rules.stream().map(CredentialRule::kind).collect(Collectors.toSet());
            for (CredentialKind kind : allKinds()) {
                if (!found.contains(kind)) {
                    problems.add(new ContentProblem(files.name(folder), 0, null, "content.credential.missing",
                            kind.code()));
                }
            }
        }
        return problems.count() == 0
                ? new RuleSet(new CredentialRules(rules), List.of())
                : new RuleSet(CredentialRules.none(), problems.all());
    }

    /** One file: each part read on its own, so that one mistake does not hide the next. */
    private static CredentialRule rule(YamlNode doc, String expected, Catalog catalog, ContentProblems problems) {
        problems.check(() -> onlyFields(doc, FIELDS));
        CredentialKind kind = problems.read(() -> kind(doc.required("credential"), expected));
        LocalizedText title = problems.read(() -> doc.required("title").localized(200));
        List<Requirement> requirements = new ArrayList<>();
        List<Requirement> courses = problems.read(() -> courses(doc.required("courses"), catalog));
        Requirement exam = kind == null ? null : problems.read(() -> exam(doc.required("exam"), kind, catalog));
        List<Requirement> practice = problems.read(() -> doc.optional("practice").map(p -> practice(p, catalog))
                .orElse(List.of()));
        Requirement sessions = problems.read(() -> doc.optional("sessions").map(CredentialRulesReader::sessions)
                .orElse(null));
        List<Requirement> assessments = problems.read(() -> doc.optional("assessments")
                .map(a -> assessments(a, catalog).stream().<Requirement>map(Requirement.Assessment::new).toList())
                .orElse(List.of()));
        Requirement held = kind == null ? null : problems.read(() -> doc.optional("heldTier")
                .map(h -> heldTier(h, kind)).orElse(null));
        Integer validity = problems.read(() -> doc.required("validityMonths").integer(1, MOST_MONTHS));
        RenewalRule renewal = problems.read(() -> renewal(doc.required("renewal"), catalog));
        if (kind == null || title == null || courses == null || exam == null || practice == null || validity == null
                || renewal == null || assessments == null) {
            return null;
        }
        requirements.addAll(courses);
        requirements.add(exam);
        requirements.addAll(practice);
        if (sessions != null) {
            requirements.add(sessions);
        }
        requirements.addAll(assessments);
        if (held != null) {
            requirements.add(held);
        }
        return new CredentialRule(kind, title, requirements, validity, renewal);
    }

    private static CredentialKind kind(YamlNode node, String expected) {
        onlyFields(node, CREDENTIAL_FIELDS);
        boolean tier = node.optional("tier").isPresent();
        if (tier == node.optional("endorsement").isPresent()) {
            throw node.fault("content.serves.one");
        }
        CredentialKind kind;
        if (tier) {
            YamlNode tierNode = node.required("tier");
            Tier parsed = Tier.parse(tierNode.text(20));
            if (parsed == null) {
                throw tierNode.fault("content.serves.tier", tierNode.text(20));
            }
            kind = CredentialKind.of(parsed);
        } else {
            YamlNode endorsementNode = node.required("endorsement");
            Endorsement parsed = Endorsement.parse(endorsementNode.text(40));
            if (parsed == null) {
                throw endorsementNode.fault("content.serves.endorsement", endorsementNode.text(40));
            }
            kind = CredentialKind.of(parsed);
        }
        if (!kind.code().equals(expected)) {
            throw node.fault("content.code.name", kind.code(), expected);
        }
        return kind;
    }

    private static List<Requirement> courses(YamlNode node, Catalog catalog) {
        List<Requirement> courses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : node.list(false)) {
            String code = item.matching(CODE, CODE_SHAPE);
            if (!catalog.courses().contains(code)) {
                throw item.fault("content.credential.course.unknown", code);
            }
            if (!seen.add(code)) {
                throw item.fault("content.credential.duplicate", code);
            }
            courses.add(new Requirement.Course(code));
        }
        return courses;
    }

    private static Requirement exam(YamlNode node, CredentialKind kind, Catalog catalog) {
        onlyFields(node, EXAM_FIELDS);
        YamlNode codeNode = node.required("code");
        String code = codeNode.matching(CODE, CODE_SHAPE);
        ExamFacts facts = catalog.exams().get(code);
        if (facts == null) {
            throw codeNode.fault("content.credential.exam.unknown", code);
        }
        if (!facts.serves().equals(kind)) {
            throw codeNode.fault("content.credential.exam.serves", code, facts.serves().code(), kind.code());
        }
        double minimum = facts.passMark();
        Optional<YamlNode> minimumNode = node.optional("minimumScore");
        if (minimumNode.isPresent()) {
            double stated = minimumNode.get().fraction();
            if (stated < facts.passMark()) {
                throw minimumNode.get().fault("content.credential.exam.belowPassMark", stated, facts.passMark());
            }
            minimum = stated;
        }
        return new Requirement.Exam(code, minimum);
    }

    private static List<Requirement> practice(YamlNode node, Catalog catalog) {
        onlyFields(node, PRACTICE_FIELDS);
        List<Requirement> practice = new ArrayList<>();
        Integer total = node.optional("totalMinutes").map(t -> t.integer(1, MOST_MINUTES)).orElse(null);
        if (total != null) {
            practice.add(new Requirement.PracticeTotal(total));
        }
        Map<Modality, Integer> byModality = node.optional("byModality")
                .map(map -> parts(map, total, Modality.class, "content.credential.modality")).orElse(Map.of());
        Map<Modality, String> after = node.optional("countedAfter").map(map -> countedAfter(map, byModality, catalog))
                .orElse(Map.of());
        byModality.forEach((modality, minutes) ->
                practice.add(new Requirement.PracticeByModality(modality, minutes, after.get(modality))));
        node.optional("byPopulation").ifPresent(map -> parts(map, total, Population.class,
                "content.credential.population")
                .forEach((population, minutes) -> practice.add(new Requirement.PracticeByPopulation(population,
                        minutes))));
        return practice;
    }

    /**
     * {@code countedAfter: {HOTLINE: L2-CALL-ROLEPLAY}}: a modality of {@code byModality} whose minutes count only
     * from the day an assessment on that rubric was passed.
     */
    private static Map<Modality, String> countedAfter(YamlNode map, Map<Modality, Integer> byModality,
                                                      Catalog catalog) {
        Map<Modality, String> after = new LinkedHashMap<>();
        for (String code : map.keys()) {
            YamlNode value = map.required(code);
            Modality modality = byModality.keySet().stream().filter(m -> m.name().equals(code)).findFirst()
                    .orElseThrow(() -> value.fault("content.credential.countedAfter.modality", code));
            String rubric = value.matching(CODE, CODE_SHAPE);
            if (!catalog.rubrics().contains(rubric)) {
                throw value.fault("content.credential.assessment.unknown", rubric);
            }
            after.put(modality, rubric);
        }
        return after;
    }

    /** A map of enum code to minutes, each code known and each part no more than the total (when there is one). */
    private static <E extends Enum<E>> Map<E, Integer> parts(YamlNode map, Integer total, Class<E> type,
                                                           String unknownKey) {
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Function.identity()));
        Map<E, Integer> parts = new LinkedHashMap<>();
        for (String code : map.keys()) {
            YamlNode value = map.required(code);
            E constant = byName.get(code);
            if (constant == null) {
                throw value.fault(unknownKey, code, String.join(", ", byName.keySet().stream().sorted().toList()));
            }
            int minutes = value.integer(1, MOST_MINUTES);
            if (total != null && minutes > total) {
                throw value.fault("content.credential.practice.aboveTotal", minutes, total);
            }
            parts.put(constant, minutes);
        }
        return parts;
    }

    private static Requirement heldTier(YamlNode node, CredentialKind kind) {
        onlyFields(node, HELD_FIELDS);
        YamlNode tierNode = node.required("tier");
        Tier tier = Tier.parse(tierNode.text(20));
        if (tier == null) {
            throw tierNode.fault("content.serves.tier", tierNode.text(20));
        }
        if (kind.isTier() && tier.compareTo(kind.tier()) >= 0) {
            throw tierNode.fault("content.credential.heldTier.notLower", tier.name(), kind.code());
        }
        return new Requirement.TierHeld(tier, node.required("months").integer(0, MOST_MONTHS));
    }

    private static RenewalRule renewal(YamlNode node, Catalog catalog) {
        onlyFields(node, RENEWAL_FIELDS);
        return new RenewalRule(node.required("lessons").integer(0, 1000),
                node.required("practiceMinutes").integer(0, MOST_MINUTES),
                node.optional("assessments").map(a -> assessments(a, catalog)).orElse(List.of()));
    }

    /** {@code sessions: {risk: HIGH, count: 5}}: approved sessions at that risk level or higher. */
    private static Requirement sessions(YamlNode node) {
        onlyFields(node, SESSIONS_FIELDS);
        YamlNode riskNode = node.required("risk");
        String risk = riskNode.text(20);
        RiskLevel level = Arrays.stream(RiskLevel.values()).filter(r -> r.name().equals(risk)).findFirst()
                .orElseThrow(() -> riskNode.fault("content.credential.risk", risk, Arrays.stream(RiskLevel.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
        return new Requirement.SessionsAtRisk(level, node.required("count").integer(1, MOST_SESSIONS));
    }

    /** Rubric codes, each a file in {@code rubrics/} and listed once. */
    private static List<String> assessments(YamlNode node, Catalog catalog) {
        List<String> codes = new ArrayList<>();
        for (YamlNode item : node.list(false)) {
            String code = item.matching(CODE, CODE_SHAPE);
            if (!catalog.rubrics().contains(code)) {
                throw item.fault("content.credential.assessment.unknown", code);
            }
            if (codes.contains(code)) {
                throw item.fault("content.credential.duplicate", code);
            }
            codes.add(code);
        }
        return codes;
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

    private static List<CredentialKind> allKinds() {
        List<CredentialKind> kinds = new ArrayList<>();
        Arrays.stream(Tier.values()).map(CredentialKind::of).forEach(kinds::add);
        Arrays.stream(Endorsement.values()).map(CredentialKind::of).forEach(kinds::add);
        return kinds;
    }

    /**
     * The courses and exams of the same content folder. Their own readers report their problems; an exam
     * descriptor that cannot be read here simply counts as unknown.
     */
    private static Catalog catalog(Path root, ContentFiles files) {
        Set<String> courses = new LinkedHashSet<>();
        for (Path course : files.children(root.resolve("courses"))) {
            if (Files.isRegularFile(course.resolve("course.yaml"))) {
                courses.add(course.getFileName().toString());
            }
        }
        Map<String, ExamFacts> exams = new HashMap<>();
        for (Path exam : files.children(root.resolve("exams"))) {
            Path descriptor = exam.resolve("exam.yaml");
            if (!Files.isRegularFile(descriptor)) {
                continue;
            }
            try {
                YamlNode doc = files.yaml(descriptor);
                YamlNode serves = doc.required("serves");
                String tier = serves.optional("tier").map(t -> t.text(20)).orElse(null);
                String endorsement = serves.optional("endorsement").map(e -> e.text(40)).orElse(null);
                CredentialKind kind = CredentialKind.parse(tier != null ? tier : endorsement);
                if (kind != null) {
                    exams.put(doc.required("code").text(40), new ExamFacts(kind, doc.required("passMark").fraction()));
                }
            } catch (ContentFault unreadable) {
                // the exam bank reader reports it; here the exam is just not known
            }
        }
        Set<String> rubrics = new LinkedHashSet<>();
        for (Path rubric : files.children(root.resolve("rubrics"))) {
            String name = rubric.getFileName().toString();
            if (name.endsWith(".yaml") && Files.isRegularFile(rubric)) {
                rubrics.add(name.substring(0, name.length() - ".yaml".length()));
            }
        }
        return new Catalog(courses, exams, rubrics);
    }
}
