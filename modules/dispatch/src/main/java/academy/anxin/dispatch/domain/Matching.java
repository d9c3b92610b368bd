package academy.anxin.dispatch.domain;

import academy.anxin.credentials.domain.CaseCheck;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a described case to an organization's members by the case rules: who may take it (each decided by
 * credentials' {@link CaseCheck}, the verification API's own check), ranked by approved experience with the
 * population at the case's risk or above, then with the population at all, then by the case's channel; and, when
 * nobody may, what is missing and where the rules send the case.
 */
public final class Matching {

    /** Most experienced first; among equals the longest-standing member (lowest member id). */
    public static final Comparator<Candidate> RANKING = Comparator
            .comparingLong((Candidate c) -> c.member().experience().atRisk()).reversed()
            .thenComparing(Comparator.comparingLong((Candidate c) -> c.member().experience().withPopulation())
                    .reversed())
            .thenComparing(Comparator.comparingLong((Candidate c) -> c.member().experience().inChannel()).reversed())
            .thenComparingLong(c -> c.member().memberId());

    private Matching() {
    }

    /** A member who may take the case: the reasons (as the verification API words them) and deciding credentials. */
    public record Candidate(Member member, List<String> reasons, List<Member.Credential> deciding) {

        public Candidate {
            reasons = List.copyOf(reasons);
            deciding = List.copyOf(deciding);
        }
    }

    /**
     * What the organization lacks when nobody may take a case volunteers may take: the tier nobody holds valid (null
     * when someone does), the endorsements nobody holds valid, and whether each is held but by no one together.
     */
    public record Shortfall(Tier tierMissing, Set<Endorsement> endorsementsMissing, boolean notTogether) {

        public Shortfall {
            endorsementsMissing = Set.copyOf(endorsementsMissing);
        }
    }

    /**
     * The answer: what the case needs, who may take it (ranked), how many members were weighed; when nobody may,
     * the shortfall (null when the rules send the case elsewhere) and the referrals the rules name.
     */
    public record Result(CaseRules.Need need, List<Candidate> candidates, int weighed, Shortfall shortfall,
                         List<CaseRules.Referral> referrals) {

        public Result {
            candidates = List.copyOf(candidates);
            referrals = List.copyOf(referrals);
        }

        public boolean anyone() {
            return !candidates.isEmpty();
        }

        /** Whether the rules take the case out of volunteers' hands (imminent danger, severe mental illness). */
        public boolean beyondVolunteers() {
            return need.beyondVolunteers();
        }
    }

    public static Result match(CaseRules rules, CaseDescription description, List<Member> members) {
        return match(rules, description, members, Member::experience);
    }

    /**
     * As {@link #match(CaseRules, CaseDescription, List)}, with each member's experience of the case worked out
     * only for those who may take it: the ranking needs no one else's.
     */
    public static Result match(CaseRules rules, CaseDescription description, List<Member> members,
                               java.util.function.Function<Member, Member.Experience> experience) {
        CaseRules.Need need = rules.need(description.requirement());
        if (!need.problems().isEmpty() || need.beyondVolunteers() || !need.asksOfVolunteers()) {
            // nobody is weighed: the rules send the case elsewhere, or cannot decide it (then it is refused)
            return new Result(need, List.of(), members.size(), null, need.referTo());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Member member : members) {
            if (!CaseCheck.allows(need, member.credentials())) {
                continue; // the reasons are only worked out for those who may take it
            }
            CaseCheck.Decision decision = CaseCheck.decide(need, member.held());
            if (decision.allowed()) {
                Set<String> deciding = Set.copyOf(decision.decidedBy());
                candidates.add(new Candidate(member.withExperience(experience.apply(member)), decision.reasons(),
                        member.credentials().stream().filter(c -> deciding.contains(c.number())).toList()));
            }
        }
        if (!candidates.isEmpty()) {
            candidates.sort(RANKING);
            return new Result(need, candidates, members.size(), null, List.of());
        }
        return new Result(need, List.of(), members.size(), shortfall(need, members),
                rules.whenNobodyHereReferrals());
    }

    /** Which of the case's needs nobody meets, each on its own, and whether they are met only apart. */
    static Shortfall shortfall(CaseRules.Need need, List<Member> members) {
        Tier tierMissing = null;
        if (need.tier() != null) {
            boolean held = members.stream().anyMatch(m -> m.credentials().stream().anyMatch(c -> c.kind().isTier()
                    && c.status().isValid() && c.kind().tier().compareTo(need.tier()) >= 0));
            tierMissing = held ? null : need.tier();
        }
        Set<Endorsement> missing = need.endorsements().stream()
                .filter(e -> members.stream().noneMatch(m -> m.credentials().stream().anyMatch(c ->
                        e == c.kind().endorsement() && c.status().isValid())))
                .collect(Collectors.toSet());
        return new Shortfall(tierMissing, missing, tierMissing == null && missing.isEmpty());
    }

    /** The members' valid holders of each kind needed, by code, for a summary line ("L3" → 4). */
    public static Map<String, Long> holders(CaseRules.Need need, List<Member> members) {
        // loops rather than streams: this runs over every member of the organization in each match
        long tierHolders = 0;
        long[] endorsed = new long[need.endorsements().size()];
        List<Endorsement> wanted = List.copyOf(need.endorsements());
        for (Member member : members) {
            boolean tier = false;
            boolean[] has = new boolean[endorsed.length];
            for (Member.Credential c : member.credentials()) {
                if (!c.status().isValid()) {
                    continue;
                }
                if (need.tier() != null && c.kind().isTier() && c.kind().tier().compareTo(need.tier()) >= 0) {
                    tier = true;
                }
                int i = c.kind().isTier() ? -1 : wanted.indexOf(c.kind().endorsement());
                if (i >= 0) {
                    has[i] = true;
                }
            }
            tierHolders += tier ? 1 : 0;
            for (int i = 0; i < has.length; i++) {
                endorsed[i] += has[i] ? 1 : 0;
            }
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (need.tier() != null) {
            counts.put(need.tier().name(), tierHolders);
        }
        for (int i = 0; i < wanted.size(); i++) {
            counts.put(wanted.get(i).name(), endorsed[i]);
        }
        return counts;
    }
}
