package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.credentials.domain.CaseRulesSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The case rules in force ({@code content/credentials/case-rules.yaml}), read once and kept: the one source the
 * verification API and case matching both decide by. Rules with a problem are refused whole, and every case is then
 * refused rather than decided by half-read rules.
 */
@ApplicationScoped
public class CaseRulesInForce {

    @Inject
    CaseRulesSource source;

    private volatile CaseRules rules;

    public CaseRules rules() {
        CaseRules current = rules;
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

    /** Reads the rules again (after a content import). */
    public synchronized void reload() {
        rules = source.read();
    }
}
