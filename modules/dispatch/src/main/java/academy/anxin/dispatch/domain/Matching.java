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
    public static final Comparator<Member> BY_EXPERIENCE = Comparator
            .comparingLong((Member m) -> m.experience().atRisk()).reversed()
            .thenComparing(Comparator.comparingLong((Member m) -> m.experience().withPopulation()).reversed())
            .thenComparing(Comparator.comparingLong((Member m) -> m.experience().inChannel()).reversed())
            .thenComparingLong(Member::memberId);

    /** {@link #BY_EXPERIENCE}, for candidates. */
    public static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::member, BY_EXPERIENCE);

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
     * The answer: what the case needs, who may take it (ranked: the first {@code listed} asked for, each with the
     * reasons), how many may in all, how many members were weighed; when nobody may, the shortfall (null when the
     * rules send the case elsewhere) and the referrals the rules name.
     */
    public record Result(CaseRules.Need need, List<Candidate> candidates, int total, int weighed, Shortfall shortfall,
                         List<CaseRules.Referral> referrals) {

        public Result {
            candidates = List.copyOf(candidates);
            referrals = List.copyOf(referrals);
        }

        public boolean anyone() {
            return total > 0;
        }

        /** Whether the rules take the case out of volunteers' hands (imminent danger, severe mental illness). */
        public boolean beyondVolunteers() {
            return need.beyondVolunteers();
        }
    }

    public static Result match(CaseRules rules, CaseDescription description, List<Member> members) {
        return match(rules, description, members, Member::experience, Integer.MAX_VALUE);
    }

    /**
     * As {@link #match(CaseRules, CaseDescription, List)}, listing only the {@code listed} most experienced, each
     * member's experience of the case worked out only for those who may take it, and the reasons only for those
     * listed: the ranking needs no one else's experience, and nobody else's reasons are shown. Of an organization's
     * 5,000 members a few hundred may take a case and twenty are shown; wording the reasons and deciding credentials
     * of all of them was most of a match's garbage. Who may take it is {@link CaseCheck#allows}, the same rule as
     * {@link CaseCheck#decide} without the words (credentials' tests hold them to the same answer).
     */
    public static Result match(CaseRules rules, CaseDescription description, List<Member> members,
                               java.util.function.Function<Member, Member.Experience> experience, int listed) {
        CaseRules.Need need = rules.need(description.requirement());
        if (!need.problems().isEmpty() || need.beyondVolunteers() || !need.asksOfVolunteers()) {
            // nobody is weighed: the rules send the case elsewhere, or cannot decide it (then it is refused)
            return new Result(need, List.of(), 0, members.size(), null, need.referTo());
        }
        List<Member> allowed = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (CaseCheck.allows(need, member.credentials())) {
                allowed.add(member.withExperience(experience.apply(member)));
            }
        }
        if (allowed.isEmpty()) {
            return new Result(need, List.of(), 0, members.size(), shortfall(need, members),
                    rules.whenNobodyHereReferrals());
        }
        allowed.sort(BY_EXPERIENCE);
        int total = allowed.size();
        List<Candidate> candidates = new ArrayList<>(Math.min(Math.max(0, listed), total));
        for (int i = 0; i < allowed.size() && candidates.size() < listed; i++) {
            Member member = allowed.get(i);
            CaseCheck.Decision decision = CaseCheck.decide(need, member.held());
            if (!decision.allowed()) {
                total--; // fails closed, should the two ever part: nobody is listed whom decide refuses
                continue;
            }
            List<String> decidedBy = decision.decidedBy();
            List<Member.Credential> deciding = new ArrayList<>(decidedBy.size());
            for (Member.Credential credential : member.credentials()) {
                if (decidedBy.contains(credential.number())) {
                    deciding.add(credential);
                }
            }
            candidates.add(new Candidate(member, decision.reasons(), deciding));
        }
        if (total == 0) {
            return new Result(need, List.of(), 0, members.size(), shortfall(need, members),
                    rules.whenNobodyHereReferrals());
        }
        return new Result(need, candidates, total, members.size(), null, List.of());
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
        for (int m = 0; m < members.size(); m++) {
            boolean tier = false;
            int has = 0; // one bit per wanted endorsement: no array per member
            List<Member.Credential> credentials = members.get(m).credentials();
            for (int k = 0; k < credentials.size(); k++) {
                Member.Credential c = credentials.get(k);
                if (!c.status().isValid()) {
                    continue;
                }
                if (need.tier() != null && c.kind().isTier() && c.kind().tier().compareTo(need.tier()) >= 0) {
                    tier = true;
                }
                int i = c.kind().isTier() ? -1 : wanted.indexOf(c.kind().endorsement());
                if (i >= 0) {
                    has |= 1 << i;
                }
            }
            tierHolders += tier ? 1 : 0;
            for (int i = 0; i < endorsed.length; i++) {
                endorsed[i] += (has >> i) & 1;
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
