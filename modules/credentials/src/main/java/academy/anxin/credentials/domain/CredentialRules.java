package academy.anxin.credentials.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every credential rule in force, one per tier and endorsement, looked up by kind or by requirement id. */
public final class CredentialRules {

    private final Map<CredentialKind, CredentialRule> rules = new LinkedHashMap<>();

    public CredentialRules(Collection<CredentialRule> rules) {
        for (CredentialRule rule : rules) {
            if (this.rules.put(rule.kind(), rule) != null) {
                throw new IllegalArgumentException("two rules for " + rule.kind());
            }
        }
    }

    public static CredentialRules none() {
        return new CredentialRules(List.of());
    }

    public Optional<CredentialRule> rule(CredentialKind kind) {
        return Optional.ofNullable(rules.get(kind));
    }

    public List<CredentialRule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<Requirement> requirement(RequirementId id) {
        return rule(id.credential()).flatMap(rule -> rule.requirement(id));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
