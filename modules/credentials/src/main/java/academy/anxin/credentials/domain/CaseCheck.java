package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a volunteer may take a case, by the case rules ({@link CaseRules}): a case they send elsewhere
 * (imminent danger, severe mental illness) nobody may take; the tier needed is met by an active credential of that tier or a
 * higher one, each endorsement by an active endorsement. Every reason is said, in the words a case-assignment
 * service can log ("L3 required, holds L2"; "DISABILITY endorsement suspended"), and the credentials that decided it
 * are named.
 */
public final class CaseCheck {

    private CaseCheck() {
    }

    /** What {@link #allows} weighs of a credential: its kind and how it stands now. */
    public interface Holding {
        CredentialKind kind();

        CredentialStatus status();
    }

    /** One of the volunteer's credentials, as it stands now. */
    public record Held(String number, CredentialKind kind, CredentialStatus status) implements Holding {
    }

    public record Decision(boolean allowed, List<String> reasons, List<String> decidedBy) {

        public Decision {
            reasons = List.copyOf(reasons);
            decidedBy = List.copyOf(decidedBy);
        }
    }

    /** Decides by the case rules: what the requirement needs is {@link CaseRules#need}'s answer. */
    public static Decision decide(CaseRules rules, CaseRequirement requirement, List<Held> held) {
        if (!requirement.asksSomething()) {
            // fails closed: allowing a case that names no requirement would allow anyone at all
            return new Decision(false, List.of("no requirement named: a tier, an endorsement or a risk level"),
                    List.of());
        }
        return decide(rules.need(requirement), held);
    }

    /**
     * Whether {@link #decide(CaseRules.Need, List)} would allow, without its reasons: for weighing thousands of
     * members, of whom only those allowed need theirs. The same rule: an active (valid) tier at least the one
     * needed, and a valid credential of each endorsement.
     */
    public static boolean allows(CaseRules.Need need, List<? extends Holding> held) {
        if (!need.asksOfVolunteers()) {
            return false;
        }
        // indexed loops, no iterators: matching runs this for every member of an organization in each match
        boolean tierMet = need.tier() == null;
        int endorsementsMet = 0;
        for (int i = 0; i < held.size(); i++) {
            Holding h = held.get(i);
            if (!h.status().isValid()) {
                continue;
            }
            if (h.kind().isTier()) {
                tierMet |= h.kind().tier().compareTo(need.tier() == null ? Tier.L1 : need.tier()) >= 0;
            } else if (need.endorsements().contains(h.kind().endorsement())) {
                endorsementsMet |= 1 << h.kind().endorsement().ordinal();
            }
        }
        return tierMet && Integer.bitCount(endorsementsMet) == need.endorsements().size();
    }

    /** Decides what a case needs: refused when the rules send it elsewhere, stopped by a problem or ask nothing. */
    public static Decision decide(CaseRules.Need need, List<Held> held) {
        if (!need.problems().isEmpty()) {
            return new Decision(false, need.problems(), List.of());
        }
        if (need.beyondVolunteers()) {
            return new Decision(false, need.referTo().stream().map(r -> "above what volunteers may take: refer to "
                    + r.code() + " (" + r.contact() + ")").toList(), List.of());
        }
        if (!need.asksOfVolunteers()) {
            return new Decision(false, List.of("no requirement named: a tier, an endorsement or a risk level"),
                    List.of());
        }
        List<String> reasons = new ArrayList<>();
        List<String> decidedBy = new ArrayList<>();
        boolean allowed = true;
        Tier needed = need.tier();
        if (needed != null) {
            Optional<Held> best = held.stream().filter(h -> h.kind().isTier() && h.status().isValid())
                    .max(Comparator.comparing(h -> h.kind().tier()));
            if (best.isPresent() && best.get().kind().tier().compareTo(needed) >= 0) {
                reasons.add(needed + " required, holds " + best.get().kind().tier());
                decidedBy.add(best.get().number());
            } else {
                allowed = false;
                reasons.add(needed + " required, holds " + best.map(h -> h.kind().tier().name()).orElse("no valid tier"));
                best.ifPresent(h -> decidedBy.add(h.number()));
                // a matching tier that is suspended or expired is the reason worth telling
                held.stream().filter(h -> h.kind().isTier() && !h.status().isValid()
                                && h.kind().tier().compareTo(needed) >= 0)
                        .forEach(h -> {
                            reasons.add(h.kind().tier() + " credential " + h.status().name().toLowerCase());
                            decidedBy.add(h.number());
                        });
            }
        }
        for (Endorsement endorsement : need.endorsements()) {
            CredentialKind kind = CredentialKind.of(endorsement);
            List<Held> ofKind = held.stream().filter(h -> h.kind().equals(kind)).toList();
            Optional<Held> valid = ofKind.stream().filter(h -> h.status().isValid()).findFirst();
            if (valid.isPresent()) {
                reasons.add(endorsement + " endorsement held");
                decidedBy.add(valid.get().number());
            } else if (ofKind.isEmpty()) {
                allowed = false;
                reasons.add(endorsement + " endorsement required, not held");
            } else {
                allowed = false;
                Held latest = ofKind.get(ofKind.size() - 1);
                reasons.add(endorsement + " endorsement " + latest.status().name().toLowerCase());
                decidedBy.add(latest.number());
            }
        }
        return new Decision(allowed, reasons, decidedBy.stream().distinct().toList());
    }
}
