package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.kernel.content.ContentFiles;
import academy.anxin.kernel.content.ContentProblems;
import academy.anxin.kernel.content.YamlNode;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the case rules, {@code content/credentials/case-rules.yaml} (format in {@code content/README.md}, "Case
 * rules"), with the content-file rules of the rest of the curriculum: every problem names its file, line and field,
 * unknown fields are refused, and rules with any problem yield {@link CaseRules#none()} (every case refused). Every
 * risk level, population and concern must have a rule, and every referral named must exist. It writes nothing.
 */
public final class CaseRulesReader {

    /** The file's name in {@code credentials/}; the tier rules' reader leaves it alone. */
    public static final String FILE = "case-rules.yaml";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final List<String> FIELDS =
            List.of("risks", "populations", "concerns", "referrals", "whenNobodyHere");
    private static final List<String> RISK_FIELDS = List.of("tier", "referTo");
    private static final List<String> POPULATION_FIELDS = List.of("endorsement");
    private static final List<String> CONCERN_FIELDS = List.of("referTo");
    private static final List<String> REFERRAL_FIELDS = List.of("name", "contact", "advice");

    /** The rules as read, or the problems that stop them. */
    public record Result(CaseRules rules, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Reads {@code credentials/case-rules.yaml} under the content root; a missing file is a problem. */
    public Result read(Path root) {
        ContentFiles files = new ContentFiles(root);
        Path file = root.resolve("credentials").resolve(FILE);
        ContentProblems problems = new ContentProblems();
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem("credentials/" + FILE, 0, null, "content.field.missing"));
            return new Result(CaseRules.none(), problems.all());
        }
        YamlNode doc = problems.read(() -> files.yaml(file));
        if (doc == null) {
            return new Result(CaseRules.none(), problems.all());
        }
        problems.check(() -> onlyFields(doc, FIELDS));
        Map<String, CaseRules.Referral> referrals = problems.read(() -> referrals(doc.required("referrals")));
        Map<String, CaseRules.Referral> known = referrals == null ? Map.of() : referrals;
        Map<CaseRequirement.Risk, CaseRules.RiskRule> risks = problems.read(() -> every(doc.required("risks"),
                CaseRequirement.Risk.class, "risk level", node -> risk(node, known)));
        Map<Population, Optional<Endorsement>> populations = problems.read(() -> every(doc.required("populations"),
                Population.class, "population", CaseRulesReader::population));
        Map<CaseRequirement.Concern, List<String>> concerns = problems.read(() -> every(doc.required("concerns"),
                CaseRequirement.Concern.class, "concern", node -> {
                    onlyFields(node, CONCERN_FIELDS);
                    return referTo(node.required("referTo"), known, false);
                }));
        List<String> whenNobody = problems.read(() -> referTo(doc.required("whenNobodyHere"), known, true));
        if (problems.count() > 0 || referrals == null || risks == null || populations == null || concerns == null
                || whenNobody == null) {
            return new Result(CaseRules.none(), problems.all());
        }
        return new Result(new CaseRules(risks, populations, concerns, referrals, whenNobody), List.of());
    }

    private static Map<String, CaseRules.Referral> referrals(YamlNode node) {
        Map<String, CaseRules.Referral> referrals = new LinkedHashMap<>();
        for (String code : node.keys()) {
            YamlNode entry = node.required(code);
            if (!CODE.matcher(code).matches()) {
                throw entry.fault("content.field.pattern", code, "A-Z, 0-9, _");
            }
            onlyFields(entry, REFERRAL_FIELDS);
            LocalizedText name = entry.required("name").localized(200);
            String contact = entry.required("contact").text(100);
            LocalizedText advice = entry.required("advice").localized(500);
            referrals.put(code, new CaseRules.Referral(code, name, contact, advice));
        }
        if (referrals.isEmpty()) {
            throw node.fault("content.field.empty");
        }
        return referrals;
    }

    /** A rule for every value of the enum, each read by {@code reader}; an unknown or missing code is refused. */
    private static <E extends Enum<E>, T> Map<E, T> every(YamlNode node, Class<E> type, String what,
                                                         Function<YamlNode, T> reader) {
        Map<E, T> read = new EnumMap<>(type);
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        for (String code : node.keys()) {
            YamlNode entry = node.required(code);
            E value = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst()
                    .orElseThrow(() -> entry.fault("content.caseRules.code", code, names));
            read.put(value, reader.apply(entry));
        }
        for (E value : type.getEnumConstants()) {
            if (!read.containsKey(value)) {
                throw node.fault("content.caseRules.missing", value.name(), what);
            }
        }
        return read;
    }

    private static CaseRules.RiskRule risk(YamlNode node, Map<String, CaseRules.Referral> referrals) {
        onlyFields(node, RISK_FIELDS);
        Tier tier = node.optional("tier").map(CaseRulesReader::tier).orElse(null);
        List<String> referTo = node.optional("referTo").map(r -> referTo(r, referrals, false)).orElse(List.of());
        if (tier == null && referTo.isEmpty()) {
            throw node.fault("content.caseRules.tierOrReferral");
        }
        return new CaseRules.RiskRule(tier, referTo);
    }

    private static Tier tier(YamlNode node) {
        String code = node.text(10);
        Tier tier = Tier.parse(code);
        if (tier == null) {
            throw node.fault("content.caseRules.code", code, "L1, L2, L3, L4");
        }
        return tier;
    }

    private static Optional<Endorsement> population(YamlNode node) {
        onlyFields(node, POPULATION_FIELDS);
        return node.optional("endorsement").map(e -> {
            String code = e.text(20);
            Endorsement endorsement = Endorsement.parse(code);
            if (endorsement == null) {
                throw e.fault("content.caseRules.code", code, Arrays.stream(Endorsement.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
            return endorsement;
        });
    }

    private static List<String> referTo(YamlNode node, Map<String, CaseRules.Referral> referrals, boolean mayBeEmpty) {
        List<String> codes = new ArrayList<>();
        for (YamlNode item : node.list(mayBeEmpty)) {
            String code = item.text(40);
            if (!referrals.containsKey(code)) {
                throw item.fault("content.caseRules.referral", code);
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static void onlyFields(YamlNode node, List<String> known) {
        for (String key : node.keys()) {
            if (!known.contains(key)) {
                YamlNode at = node.optional(key).orElse(node);
                throw at.fault("content.field.unknown", key, String.join(", ", known));
            }
        }
    }

}
