package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Eligibility;
import academy.anxin.credentials.domain.EligibilityEngine;
import academy.anxin.credentials.domain.Evidence;
import academy.anxin.identity.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A volunteer's path: for every tier and endorsement not held, each requirement met or how far; for those held,
 * the credential itself. The next tier comes first.
 */
@ApplicationScoped
public class Paths {

    @Inject
    TierRules tierRules;

    @Inject
    Evidences evidences;

    @Inject
    CredentialRegistry registry;

    @Inject
    Clock clock;

    private final EligibilityEngine engine = new EligibilityEngine();

    public record Step(CredentialRule rule, Eligibility eligibility, CredentialView held) {

        public boolean isHeld() {
            return held != null;
        }
    }

    /** Not one transaction: each context is asked in its own, so a request holds one pooled connection at a time. */
    public List<Step> of(Caller caller) {
        Instant now = clock.instant();
        Evidence evidence = evidences.of(caller.personId(), now);
        List<CredentialView> mine = registry.mine(caller);
        List<Step> steps = new ArrayList<>();
        for (CredentialRule rule : TierRules.ordered(tierRules.rules())) {
            CredentialView held = mine.stream().filter(c -> c.kind().equals(rule.kind())
                    && c.status() != CredentialStatus.REVOKED && c.status() != CredentialStatus.EXPIRED)
                    .findFirst().orElse(null);
            steps.add(new Step(rule, held == null ? engine.evaluate(rule, evidence, now) : null, held));
        }
        return steps;
    }

    /** Approved practice minutes the person's next tier asks for in total (0 when every tier is held). */
    public int nextTierMinutes(long personId) {
        Instant now = clock.instant();
        Evidence evidence = evidences.of(personId, now);
        for (CredentialRule rule : TierRules.ordered(tierRules.rules())) {
            if (!rule.kind().isTier()) {
                continue;
            }
            boolean held = evidence.held().stream().anyMatch(h -> h.kind().equals(rule.kind()) && h.activeAt(now));
            if (!held) {
                return (int) engine.evaluate(rule, evidence, now).results().stream()
                        .filter(r -> r.requirement() instanceof academy.anxin.credentials.domain.Requirement.PracticeTotal)
                        .mapToLong(r -> r.target()).findFirst().orElse(0);
            }
        }
        return 0;
    }
}
