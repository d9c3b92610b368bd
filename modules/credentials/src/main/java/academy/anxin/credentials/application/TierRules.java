package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialRules;
import academy.anxin.credentials.domain.CredentialRulesSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The tier and endorsement rules in force, as the content gives them. Read once and kept; rules with a problem are
 * refused whole, and the platform then issues nothing rather than issue by half-read rules.
 */
@ApplicationScoped
public class TierRules {

    @Inject
    CredentialRulesSource source;

    private volatile CredentialRules rules;

    public CredentialRules rules() {
        CredentialRules current = rules;
        if (current == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = source.read();
                }
                current = rules;
            }
        }
        return current;
    }

    /** Tiers from L1 up, then endorsements: the order a volunteer climbs, and the order rules are weighed. */
    public static List<CredentialRule> ordered(CredentialRules rules) {
        return rules.all().stream().sorted(Comparator
                .comparing((CredentialRule r) -> !r.kind().isTier())
                .thenComparing(r -> r.kind().isTier() ? r.kind().tier().ordinal() : r.kind().endorsement().ordinal()))
                .toList();
    }

    /** Reads the rules again (after a content import). */
    public synchronized void reload() {
        rules = source.read();
    }
}
