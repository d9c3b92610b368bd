package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The case rules (派案规则) as {@code content/credentials/case-rules.yaml} gives them: the tier each risk level needs
 * (or, above what volunteers may take, where it is referred), the endorsement each population needs, the
 * circumstances that send a case elsewhere whatever its risk, and where a case goes that nobody in an organization
 * is qualified for. The verification API and case matching decide by the same rules through {@link #need}.
 *
 * <p>Rules that were refused at reading are {@link #none()}: every case then has a problem and is refused, never
 * allowed by half-read rules.
 */
public record CaseRules(Map<CaseRequirement.Risk, RiskRule> risks, Map<Population, Optional<Endorsement>> populations,
                        Map<CaseRequirement.Concern, List<String>> concerns, Map<String, Referral> referrals,
                        List<String> whenNobodyHere) {

    /** A risk level's rule: the tier a volunteer needs, or (tier null) the referrals that take the case instead. */
    public record RiskRule(Tier tier, List<String> referTo) {

        public RiskRule {
            referTo = List.copyOf(referTo);
            if (tier == null && referTo.isEmpty()) {
                throw new IllegalArgumentException("a risk rule names a tier or a referral");
            }
        }
    }

    /** Where a case is referred: a name, the number or address to contact, and what to do. */
    public record Referral(String code, LocalizedText name, String contact, LocalizedText advice) implements java.io.Serializable {

        public Referral {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(advice, "advice");
        }
    }

    /**
     * What a case needs: the tier and endorsements a volunteer must hold; or the referrals that take it out of
     * volunteers' hands (then nobody may take it); or the problems that stop a decision (rules missing).
     */
    public record Need(Tier tier, Set<Endorsement> endorsements, List<Referral> referTo, List<String> problems) {

        public Need {
            endorsements = endorsements.isEmpty() ? Set.of() : EnumSet.copyOf(endorsements);
            referTo = List.copyOf(referTo);
            problems = List.copyOf(problems);
        }

        /** Whether the rules send the case to another service instead of a volunteer. */
        public boolean beyondVolunteers() {
            return !referTo.isEmpty();
        }

        /** Whether any volunteer could be asked for: something is asked, nothing referred, nothing wrong. */
        public boolean asksOfVolunteers() {
            return problems.isEmpty() && referTo.isEmpty() && (tier != null || !endorsements.isEmpty());
        }
    }

    public CaseRules {
        risks = risks.isEmpty() ? Map.of() : new EnumMap<>(risks);
        populations = populations.isEmpty() ? Map.of() : new EnumMap<>(populations);
        concerns = concerns.isEmpty() ? Map.of() : new EnumMap<>(concerns);
        referrals = new LinkedHashMap<>(referrals);
        whenNobodyHere = List.copyOf(whenNobodyHere);
    }

    /** No rules (they were refused): every case is refused. */
    public static CaseRules none() {
        return new CaseRules(Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /** The endorsement a population needs, if any; empty for a population the rules do not know too. */
    public Optional<Endorsement> endorsementFor(Population population) {
        return populations.getOrDefault(population, Optional.empty());
    }

    /** The referral by its code. */
    public Optional<Referral> referral(String code) {
        return Optional.ofNullable(referrals.get(code));
    }

    /** Where a case goes that nobody in the organization may take, by these rules. */
    public List<Referral> whenNobodyHereReferrals() {
        return whenNobodyHere.stream().map(referrals::get).filter(Objects::nonNull).toList();
    }

    /**
     * What the case needs by these rules: the stricter of its minimum tier and its risk level's tier, its
     * endorsements with its population's, and the referrals its risk level and concerns call for.
     */
    public Need need(CaseRequirement requirement) {
        List<String> problems = new ArrayList<>();
        List<Referral> referTo = new ArrayList<>();
        Tier tier = requirement.minTier();
        if (requirement.risk() != null) {
            RiskRule rule = risks.get(requirement.risk());
            if (rule == null) {
                problems.add("no case rule for risk level " + requirement.risk());
            } else if (rule.tier() == null) {
                rule.referTo().forEach(code -> referTo.add(referralOrProblem(code, problems)));
            } else if (tier == null || rule.tier().compareTo(tier) > 0) {
                tier = rule.tier();
            }
        }
        Set<Endorsement> endorsements = EnumSet.noneOf(Endorsement.class);
        endorsements.addAll(requirement.endorsements());
        if (requirement.population() != null) {
            if (!populations.containsKey(requirement.population())) {
                problems.add("no case rule for population " + requirement.population());
            } else {
                endorsementFor(requirement.population()).ifPresent(endorsements::add);
            }
        }
        for (CaseRequirement.Concern concern : requirement.concerns()) {
            List<String> codes = concerns.get(concern);
            if (codes == null) {
                problems.add("no case rule for concern " + concern);
            } else {
                codes.forEach(code -> referTo.add(referralOrProblem(code, problems)));
            }
        }
        referTo.removeIf(Objects::isNull);
        return new Need(tier, endorsements, referTo.stream().distinct().toList(), problems);
    }

    private Referral referralOrProblem(String code, List<String> problems) {
        Referral referral = referrals.get(code);
        if (referral == null) {
            problems.add("no referral " + code + " in the case rules");
        }
        return referral;
    }
}
