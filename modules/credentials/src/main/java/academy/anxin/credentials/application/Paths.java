package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Eligibility;
import academy.anxin.credentials.domain.EligibilityEngine;
import academy.anxin.credentials.domain.Evidence;
import academy.anxin.credentials.domain.RequirementResult;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.domain.LocalizedText;
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

    /**
     * One tier or endorsement on the path: held (then {@code held} is the credential and nothing else is worked
     * out), or how far the person is with each of its requirements and whether they are all met.
     */
    public record Step(String code, LocalizedText title, boolean eligible, List<RequirementProgress> requirements,
                       CredentialView held) {

        public Step {
            requirements = List.copyOf(requirements);
        }

        static Step of(CredentialRule rule, Eligibility eligibility, CredentialView held) {
            return new Step(rule.kind().code(), rule.title(), eligibility != null && eligibility.eligible(),
                    eligibility == null ? List.of() : eligibility.results().stream().map(RequirementProgress::of)
                            .toList(), held);
        }

        public boolean isHeld() {
            return held != null;
        }
    }

    /**
     * One requirement as the path shows it: met or not, the sentence under it (a message key with arguments, codes
     * such as a modality passed as codes for the page to label), how far towards it (0 to 1, for a progress bar),
     * and the recognized qualification it was met by, if any.
     */
    public record RequirementProgress(boolean met, String messageKey, List<Object> arguments, double fraction,
                                      String recognition) {

        public RequirementProgress {
            arguments = List.copyOf(arguments);
        }

        static RequirementProgress of(RequirementResult result) {
            return new RequirementProgress(result.met(), result.messageKey(), result.arguments(), result.fraction(),
                    result.recognition());
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
            steps.add(Step.of(rule, held == null ? engine.evaluate(rule, evidence, now) : null, held));
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
