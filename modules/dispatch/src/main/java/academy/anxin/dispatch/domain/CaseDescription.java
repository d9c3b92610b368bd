package academy.anxin.dispatch.domain;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.ServiceLanguage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case as a dispatcher describes it, identifying nobody: whom it serves, how serious it is, how the person is
 * reached, in which language, with which accessibility needs, and circumstances that take it out of volunteers'
 * hands. Population and risk level are required; the rest narrows the referral and orders the volunteers.
 */
public record CaseDescription(Population population, CaseRequirement.Risk risk, Channel channel,
                              ServiceLanguage language, Set<Accessibility> accessibility,
                              Set<CaseRequirement.Concern> concerns) {

    public CaseDescription {
        List<DomainException> missing = new ArrayList<>();
        if (population == null) {
            missing.add(new DomainException("population", "validation.required"));
        }
        if (risk == null) {
            missing.add(new DomainException("risk", "validation.required"));
        }
        if (missing.size() == 1) {
            throw missing.get(0);
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        accessibility = accessibility == null || accessibility.isEmpty() ? Set.of() : EnumSet.copyOf(accessibility);
        concerns = concerns == null || concerns.isEmpty() ? Set.of() : EnumSet.copyOf(concerns);
    }

    /** What the case asks of a volunteer, for the case rules to weigh (the same rules as the verification API). */
    public CaseRequirement requirement() {
        return new CaseRequirement(null, Set.of(), risk, population, concerns);
    }
}
