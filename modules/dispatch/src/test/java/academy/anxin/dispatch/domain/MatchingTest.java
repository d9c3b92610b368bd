package academy.anxin.dispatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Case matching over members in memory, by case rules written here (the shipped file is the credentials context's
 * test): who may take a case and why, the ranking by approved experience, what is missing when nobody may, and
 * graded referral (above volunteers, or nobody here).
 */
class MatchingTest {

    static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");
    static final CaseRules.Referral EMERGENCY = referral("EMERGENCY", "110 / 120");
    static final CaseRules.Referral MENTAL_HEALTH = referral("MENTAL_HEALTH", "12356");
    static final CaseRules.Referral HOTLINE = referral("HOTLINE_12356", "12356");

    static final CaseRules RULES = new CaseRules(
            Map.of(CaseRequirement.Risk.LOW, new CaseRules.RiskRule(Tier.L1, List.of()),
                    CaseRequirement.Risk.MEDIUM, new CaseRules.RiskRule(Tier.L2, List.of()),
                    CaseRequirement.Risk.HIGH, new CaseRules.RiskRule(Tier.L3, List.of()),
                    CaseRequirement.Risk.IMMINENT, new CaseRules.RiskRule(null, List.of("EMERGENCY"))),
            Map.of(Population.GENERAL_PUBLIC, Optional.empty(), Population.BEREAVED, Optional.of(Endorsement.BEREAVEMENT),
                    Population.DISABILITY, Optional.of(Endorsement.DISABILITY), Population.YOUTH,
                    Optional.of(Endorsement.YOUTH), Population.OLDER_ADULTS, Optional.of(Endorsement.OLDER_ADULTS),
                    Population.DISASTER_OR_EPIDEMIC, Optional.of(Endorsement.DISASTER), Population.FRONTLINE_WORKERS,
                    Optional.of(Endorsement.DISASTER)),
            Map.of(CaseRequirement.Concern.SEVERE_MENTAL_ILLNESS, List.of("MENTAL_HEALTH"),
                    CaseRequirement.Concern.MEDICAL_EMERGENCY, List.of("EMERGENCY"),
                    CaseRequirement.Concern.VIOLENCE_OR_ABUSE, List.of("EMERGENCY")),
            Map.of("EMERGENCY", EMERGENCY, "MENTAL_HEALTH", MENTAL_HEALTH, "HOTLINE_12356", HOTLINE),
            List.of("HOTLINE_12356"));

    private static CaseRules.Referral referral(String code, String contact) {
        return new CaseRules.Referral(code, new LocalizedText(code, code), contact, new LocalizedText("…", "..."));
    }

    private long serial;

    private Member.Credential credential(CredentialKind kind, CredentialStatus status) {
        return new Member.Credential("AX-" + kind.code() + "-" + (++serial), kind, status, UNTIL);
    }

    private Member member(long memberId, Member.Experience experience, CredentialKind... kinds) {
        List<Member.Credential> held = new ArrayList<>();
        for (CredentialKind kind : kinds) {
            held.add(credential(kind, CredentialStatus.ACTIVE));
        }
        return new Member(memberId, memberId + 1000, held, experience);
    }

    private static CaseDescription bereavedAt(CaseRequirement.Risk risk, CaseRequirement.Concern... concerns) {
        return new CaseDescription(Population.BEREAVED, risk, Channel.HOTLINE, null, Set.of(), Set.of(concerns));
    }

    static final CredentialKind L2 = CredentialKind.of(Tier.L2);
    static final CredentialKind L3 = CredentialKind.of(Tier.L3);
    static final CredentialKind L4 = CredentialKind.of(Tier.L4);
    static final CredentialKind GRIEF = CredentialKind.of(Endorsement.BEREAVEMENT);

    @Test
    void aHighRiskBereavementCaseListsOnlyThoseWithCrisisTierAndTheEndorsementWithWhy() {
        Member crisisGrief = member(1, Member.Experience.NONE, L3, GRIEF);
        Member supervisorGrief = member(2, Member.Experience.NONE, L4, GRIEF);
        Member helplineGrief = member(3, Member.Experience.NONE, L2, GRIEF);
        Member crisisOnly = member(4, Member.Experience.NONE, L3);

        Matching.Result result = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH),
                List.of(crisisGrief, supervisorGrief, helplineGrief, crisisOnly));

        assertEquals(Tier.L3, result.need().tier());
        assertEquals(Set.of(Endorsement.BEREAVEMENT), result.need().endorsements());
        assertEquals(List.of(1L, 2L), result.candidates().stream().map(c -> c.member().memberId()).toList());
        assertEquals(List.of("L3 required, holds L3", "BEREAVEMENT endorsement held"),
                result.candidates().get(0).reasons());
        assertEquals(List.of("L4 required, holds L4", "BEREAVEMENT endorsement held").get(1),
                result.candidates().get(1).reasons().get(1));
        assertEquals(2, result.candidates().get(0).deciding().size(), "both credentials decide, with valid until");
        assertEquals(UNTIL, result.candidates().get(0).deciding().get(0).validUntil());
        assertEquals(4, result.weighed());
        assertEquals(List.of(), result.referrals(), "someone may take it: nothing to refer");
    }

    @Test
    void rankedByExperienceAtTheRiskThenWithThePopulationThenByChannelThenMemberNumber() {
        Member novice = member(1, Member.Experience.NONE, L3, GRIEF);
        Member highRiskHours = member(2, new Member.Experience(600, 600, 0), L3, GRIEF);
        Member manyLowRiskHours = member(3, new Member.Experience(120, 3000, 3000), L3, GRIEF);
        Member sameButByChat = member(4, new Member.Experience(120, 3000, 0), L3, GRIEF);
        Member twinOfNovice = member(5, Member.Experience.NONE, L4, GRIEF);

        Matching.Result result = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH),
                List.of(twinOfNovice, novice, sameButByChat, manyLowRiskHours, highRiskHours));

        assertEquals(List.of(2L, 3L, 4L, 1L, 5L), result.candidates().stream().map(c -> c.member().memberId()).toList());
    }

    @Test
    void listingTheFirstFewKeepsTheRankingAndCountsEveryoneWhoMay() {
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            members.add(member(i, new Member.Experience(i % 7 * 60, i * 10, 0), L3, GRIEF));
            members.add(member(100 + i, new Member.Experience(6000, 6000, 6000), L2, GRIEF)); // may not
        }
        Matching.Result all = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH), members);

        Matching.Result firstFive = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH), members,
                Member::experience, 5);

        assertEquals(30, all.total());
        assertEquals(30, firstFive.total());
        assertEquals(60, firstFive.weighed());
        assertTrue(firstFive.anyone());
        assertEquals(all.candidates().subList(0, 5), firstFive.candidates(), "the same five, reasons and all");
        assertEquals(List.of("L3 required, holds L3", "BEREAVEMENT endorsement held"),
                firstFive.candidates().get(4).reasons());
        Matching.Result noneListed = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH), members,
                Member::experience, 0);
        assertEquals(List.of(), noneListed.candidates());
        assertEquals(30, noneListed.total());
        assertTrue(noneListed.anyone(), "someone may, though nobody is listed");
    }

    @Test
    void suspendedOrExpiredCredentialsDoNotCount() {
        Member suspended = new Member(1, 1001, List.of(credential(L3, CredentialStatus.SUSPENDED),
                credential(GRIEF, CredentialStatus.ACTIVE)), Member.Experience.NONE);
        Member expired = new Member(2, 1002, List.of(credential(L3, CredentialStatus.ACTIVE),
                credential(GRIEF, CredentialStatus.EXPIRED)), Member.Experience.NONE);

        Matching.Result result = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH),
                List.of(suspended, expired));

        assertFalse(result.anyone());
        assertEquals(new Matching.Shortfall(null, Set.of(), true), result.shortfall(),
                "each is held valid by someone, but by nobody together");
    }

    @Test
    void nobodyHereSaysWhatIsMissingAndReferstoWhereTheRulesSay() {
        Member helpline = member(1, Member.Experience.NONE, L2);

        Matching.Result result = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.HIGH), List.of(helpline));

        assertFalse(result.anyone());
        assertFalse(result.beyondVolunteers());
        assertEquals(Tier.L3, result.shortfall().tierMissing());
        assertEquals(Set.of(Endorsement.BEREAVEMENT), result.shortfall().endorsementsMissing());
        assertFalse(result.shortfall().notTogether());
        assertEquals(List.of(HOTLINE), result.referrals());
        assertEquals(Map.of("L3", 0L, "BEREAVEMENT", 0L), Matching.holders(result.need(), List.of(helpline)));
    }

    @Test
    void imminentDangerAndSevereMentalIllnessGoAboveVolunteersWhoeverIsHere() {
        Member everything = member(1, new Member.Experience(6000, 6000, 6000), L4, GRIEF);

        Matching.Result imminent = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.IMMINENT),
                List.of(everything));
        Matching.Result illness = Matching.match(RULES, bereavedAt(CaseRequirement.Risk.LOW,
                CaseRequirement.Concern.SEVERE_MENTAL_ILLNESS), List.of(everything));

        assertTrue(imminent.beyondVolunteers());
        assertFalse(imminent.anyone());
        assertNull(imminent.shortfall(), "nothing is missing: volunteers do not take it");
        assertEquals(List.of(EMERGENCY), imminent.referrals());
        assertEquals(List.of(MENTAL_HEALTH), illness.referrals());
        assertFalse(illness.anyone());
    }

    @Test
    void aGeneralLowRiskCaseNeedsAnyValidFoundationTier() {
        Member foundation = member(7, Member.Experience.NONE, CredentialKind.of(Tier.L1));
        Member noneValid = new Member(8, 1008, List.of(credential(L2, CredentialStatus.REVOKED)), null);

        Matching.Result result = Matching.match(RULES, new CaseDescription(Population.GENERAL_PUBLIC,
                CaseRequirement.Risk.LOW, null, null, null, null), List.of(foundation, noneValid));

        assertEquals(List.of(7L), result.candidates().stream().map(c -> c.member().memberId()).toList());
        assertEquals(Set.of(), result.need().endorsements());
    }

    @Test
    void aCaseWithoutPopulationOrRiskIsRefusedNamingTheField() {
        DomainException noPopulation = assertThrows(DomainException.class, () -> new CaseDescription(null,
                CaseRequirement.Risk.LOW, null, null, null, null));
        DomainException noRisk = assertThrows(DomainException.class, () -> new CaseDescription(Population.YOUTH,
                null, null, null, null, null));
        assertEquals("population", noPopulation.field());
        assertEquals("risk", noRisk.field());
        DomainException neither = assertThrows(DomainException.class, () -> new CaseDescription(null, null, null,
                null, null, null));
        assertEquals(List.of("population", "risk"), ((academy.anxin.kernel.domain.InvalidInput) neither).problems()
                .stream().map(DomainException::field).toList());
    }
}
