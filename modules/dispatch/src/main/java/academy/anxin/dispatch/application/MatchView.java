package academy.anxin.dispatch.application;

import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.services.application.ListedNearby;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A match as a dispatcher's page and the matches API show it: what the case needs (tier, endorsements), who may
 * take it, most experienced first (at most {@code shown} of {@code total}), and when nobody may: what the
 * organization lacks, the listed organizations of its city whose volunteers may, and where the case rules send it.
 *
 * @param tier           the tier the case needs ("L3"), or null
 * @param endorsements   the endorsements it needs ("BEREAVEMENT")
 * @param volunteers     who may take it, ranked; names only on the page
 * @param total          how many may take it in all
 * @param weighed        how many members were weighed
 * @param beyondVolunteers whether the rules take the case out of volunteers' hands
 * @param tierMissing    when nobody may: the tier nobody here holds valid, or null
 * @param endorsementsMissing when nobody may: the endorsements nobody here holds valid
 * @param notTogether    when nobody may: each need is met by someone, but nobody meets them all
 * @param holders        members holding each needed kind validly ("L3" → 4)
 * @param regionListed   whether the organization is listed, so that its region is known
 * @param nearby         listed organizations of the same city with volunteers who may take it, and how many
 * @param referrals      where the rules send the case (above volunteers, or when nobody here may)
 * @param problems       what stopped the rules from deciding (rules refused at start): the case is refused
 */
public record MatchView(String tier, List<String> endorsements, List<Volunteer> volunteers, int total, int weighed,
                        boolean beyondVolunteers, String tierMissing, List<String> endorsementsMissing,
                        boolean notTogether, Map<String, Long> holders, boolean regionListed, List<Nearby> nearby,
                        List<CaseRules.Referral> referrals, List<String> problems, Instant matchedAt) implements java.io.Serializable {

    public MatchView {
        endorsements = List.copyOf(endorsements);
        volunteers = List.copyOf(volunteers);
        endorsementsMissing = List.copyOf(endorsementsMissing);
        holders = Map.copyOf(holders);
        nearby = List.copyOf(nearby);
        referrals = List.copyOf(referrals);
        problems = List.copyOf(problems);
    }

    public boolean anyone() {
        return !volunteers.isEmpty();
    }

    /** A volunteer who may take the case; {@code name} is null in the API's answer. */
    public record Volunteer(long memberId, String name, List<String> reasons, List<CredentialLine> credentials,
                            long minutesAtRisk, long minutesWithPopulation, long minutesInChannel) implements java.io.Serializable {

        public Volunteer {
            reasons = List.copyOf(reasons);
            credentials = List.copyOf(credentials);
        }
    }

    /** A deciding credential: its number, kind code, title and when it stops being valid. */
    public record CredentialLine(String number, String code, LocalizedText title, Instant validUntil) implements java.io.Serializable {
    }

    /** A listed organization nearby whose volunteers may take the case. */
    public record Nearby(ListedNearby.Nearby organization, long qualified) implements java.io.Serializable {
    }
}
