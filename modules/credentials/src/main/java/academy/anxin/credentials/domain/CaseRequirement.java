package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a case asks of the volunteer assigned to it, as a case-assignment service or a dispatcher names it: a minimum
 * tier, endorsements, a risk level, the population served, and circumstances that take a case out of volunteers'
 * hands. What these need (a risk level's tier, a population's endorsement, a referral) is the case rules' to say
 * ({@link CaseRules}, read from {@code content/credentials/case-rules.yaml}); the stricter tier applies.
 */
public record CaseRequirement(Tier minTier, Set<Endorsement> endorsements, Risk risk, Population population,
                              Set<Concern> concerns) {

    /** How serious the case is; the tier each needs, or its referral, is in the case rules. */
    public enum Risk {
        LOW, MEDIUM, HIGH, IMMINENT
    }

    /** A circumstance that sends a case to another service whatever its risk level (the case rules say where). */
    public enum Concern {
        SEVERE_MENTAL_ILLNESS, MEDICAL_EMERGENCY, VIOLENCE_OR_ABUSE
    }

    public CaseRequirement {
        endorsements = endorsements == null || endorsements.isEmpty() ? Set.of() : EnumSet.copyOf(endorsements);
        concerns = concerns == null || concerns.isEmpty() ? Set.of() : EnumSet.copyOf(concerns);
    }

    public CaseRequirement(Tier minTier, Set<Endorsement> endorsements, Risk risk) {
        this(minTier, endorsements, risk, null, Set.of());
    }

    /**
     * Whether the case asks anything of the volunteer. A requirement that asks nothing would allow anyone, even a
     * volunteer whose only credential is suspended, so a check fails closed on it.
     */
    public boolean asksSomething() {
        return minTier != null || risk != null || !endorsements.isEmpty() || population != null
                || !concerns.isEmpty();
    }
}
