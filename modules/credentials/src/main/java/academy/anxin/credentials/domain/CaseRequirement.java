package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a case needs of the volunteer assigned to it: a minimum tier, endorsements, and a risk level that maps to a
 * tier (low to foundation, medium to helpline, high to crisis): the stricter of the two tiers applies.
 */
public record CaseRequirement(Tier minTier, Set<Endorsement> endorsements, Risk risk) {

    public enum Risk {
        LOW(Tier.L1), MEDIUM(Tier.L2), HIGH(Tier.L3);

        private final Tier tier;

        Risk(Tier tier) {
            this.tier = tier;
        }

        public Tier tier() {
            return tier;
        }
    }

    public CaseRequirement {
        endorsements = endorsements == null || endorsements.isEmpty() ? Set.of() : EnumSet.copyOf(endorsements);
    }

    /**
     * Whether the case asks anything of the volunteer. A requirement that asks nothing would allow anyone, even a
     * volunteer whose only credential is suspended, so a check fails closed on it.
     */
    public boolean asksSomething() {
        return minTier != null || risk != null || !endorsements.isEmpty();
    }

    /** The tier the case needs, or null when it names none. */
    public Tier tier() {
        Tier byRisk = risk == null ? null : risk.tier();
        if (minTier == null) {
            return byRisk;
        }
        return byRisk == null || minTier.compareTo(byRisk) >= 0 ? minTier : byRisk;
    }
}
