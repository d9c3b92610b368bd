package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule for earning and keeping one tier or endorsement, read from {@code content/credentials/<CODE>.yaml}:
 * the requirements for issuance (in the order the file gives them, which is the order the path page shows), how
 * many months a credential stays valid, and what renewal asks within that time.
 */
public record CredentialRule(CredentialKind kind, LocalizedText title, List<Requirement> requirements,
                             int validityMonths, RenewalRule renewal) {

    public CredentialRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(renewal, "renewal");
        requirements = List.copyOf(requirements);
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity " + validityMonths + " months");
        }
        Set<String> ids = new HashSet<>();
        for (Requirement requirement : requirements) {
            if (!requirement.recognizable() || !ids.add(requirement.localId())) {
                throw new IllegalArgumentException(kind + ": requirement " + requirement.localId() + " misplaced or repeated");
            }
        }
    }

    public RequirementId idOf(Requirement requirement) {
        return new RequirementId(kind, requirement.localId());
    }

    /** The issuance or renewal requirement with this id, if this rule has one. */
    public Optional<Requirement> requirement(RequirementId id) {
        if (!id.credential().equals(kind)) {
            return Optional.empty();
        }
        return Stream.concat(requirements.stream(), renewal.requirements().stream())
                .filter(r -> r.localId().equals(id.local())).findFirst();
    }
}
