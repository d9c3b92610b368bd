package academy.anxin.credentials.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating one rule for one person at one moment: every requirement with its progress and, for
 * renewal, what stops it outright (a suspended, expired or revoked credential). Eligible when nothing stops it and
 * every requirement is met.
 */
public record Eligibility(CredentialKind kind, Purpose purpose, List<RequirementResult> results, Refusal blocker,
                          Instant evaluatedAt) {

    public enum Purpose {
        ISSUANCE, RENEWAL
    }

    /** A reason that no progress can overcome, as a message key with arguments. */
    public record Refusal(String messageKey, List<Object> arguments) {
        public Refusal {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }
    }

    public Eligibility {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        results = List.copyOf(results);
    }

    public boolean eligible() {
        return blocker == null && results.stream().allMatch(RequirementResult::met);
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(blocker);
    }

    public List<RequirementResult> unmet() {
        return results.stream().filter(r -> !r.met()).toList();
    }

    /** The result for one requirement, by its local id ("practice.total"). */
    public Optional<RequirementResult> result(String localId) {
        return results.stream().filter(r -> r.id().local().equals(localId)).findFirst();
    }
}
