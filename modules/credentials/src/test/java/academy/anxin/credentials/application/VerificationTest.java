package academy.anxin.credentials.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.RenewalRule;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.Tier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Verification's answers to a case-assignment service, over credentials held in memory: allowed or refused with
 * the reasons a service can log (a tier too low, suspended or expired; an endorsement missing), the credentials
 * that decided it, an unknown volunteer, and every call recorded.
 */
class VerificationTest {

    static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");
    static final long ORG = 7;
    static final long VOLUNTEER = 42;
    static final long MEMBER_ID = 9;
    static final ApiClient CLIENT = new ApiClient(3, ORG, 600);

    private static CredentialRule rule(CredentialKind kind, String zh, String en) {
        return new CredentialRule(kind, new LocalizedText(zh, en), List.of(new Requirement.PracticeTotal(60)), 24,
                new RenewalRule(0, 0));
    }

    private final InMemoryContext context = new InMemoryContext(NOW,
            rule(CredentialKind.of(Tier.L1), "基础级", "Foundation"),
            rule(CredentialKind.of(Tier.L2), "热线级", "Helpline"),
            rule(CredentialKind.of(Tier.L3), "危机干预级", "Crisis"),
            rule(CredentialKind.of(Endorsement.DISABILITY), "助残", "Disability"));
    private long serial;

    VerificationTest() {
        context.members.put(ORG, Map.of(MEMBER_ID, VOLUNTEER));
    }

    /** A credential of {@code kind} issued to the volunteer {@code monthsAgo} months ago, valid 24 months. */
    private String holds(CredentialKind kind, int monthsAgo) {
        Instant issued = NOW.atZone(PlatformTime.ZONE).minusMonths(monthsAgo).toInstant();
        Credential credential = Credential.issue(CredentialNumber.of(kind, 2026, ++serial), VOLUNTEER, 24,
                Issuance.ACTOR, issued);
        context.credentials.insert(credential, "{}", 600, (int) serial * 2, (int) serial * 2 + 1, "signed");
        return credential.number().text();
    }

    private void suspend(String number) {
        var stored = context.credentials.byNumber(number).orElseThrow();
        context.credentials.append(stored, stored.credential().suspend("person:1", "complaint under review",
                NOW.minus(1, ChronoUnit.DAYS)));
    }

    private Verification.Answer verify(Verification.Volunteer volunteer, CaseRequirement requirement) {
        return context.verification.verify(CLIENT, volunteer, requirement, "asked");
    }

    private static Verification.Volunteer byNumber(String number) {
        return new Verification.Volunteer(number, null);
    }

    private static CaseRequirement tier(Tier tier) {
        return new CaseRequirement(tier, Set.of(), null);
    }

    @Test
    void allowedWhenAnActiveCredentialMeetsTheTier() {
        String l2 = holds(CredentialKind.of(Tier.L2), 3);

        Verification.Answer answer = verify(byNumber(l2), tier(Tier.L2));

        assertTrue(answer.allowed());
        assertEquals(List.of("L2 required, holds L2"), answer.reasons());
        assertEquals(List.of(l2), answer.credentials().stream().map(CredentialView::number).toList());
        CredentialView deciding = answer.credentials().get(0);
        assertEquals(new LocalizedText("热线级", "Helpline"), deciding.title());
        assertEquals("", deciding.holderName(), "verification discloses no name");
        assertEquals(List.of(), deciding.history(), "nor the history");
        assertEquals(NOW, answer.checkedAt());
        assertEquals(List.of(new VerificationCall(CLIENT.keyId(), "asked", true, "ALLOWED", l2, NOW)), context.calls);
    }

    @Test
    void aHigherTierMeetsALowerRequirementAndRiskRaisesTheTier() {
        String l2 = holds(CredentialKind.of(Tier.L2), 3);

        assertTrue(verify(byNumber(l2), tier(Tier.L1)).allowed());
        Verification.Answer highRisk = verify(byNumber(l2), new CaseRequirement(Tier.L1, Set.of(),
                CaseRequirement.Risk.HIGH));
        assertFalse(highRisk.allowed());
        assertEquals(List.of("L3 required, holds L2"), highRisk.reasons());
    }

    @Test
    void aQuestionThatAsksNothingIsRefusedEvenForAVolunteerWhoseOnlyCredentialIsSuspended() {
        String l1 = holds(CredentialKind.of(Tier.L1), 6);
        suspend(l1);

        Verification.Answer nothing = verify(byNumber(l1), new CaseRequirement(null, Set.of(), null));

        assertFalse(nothing.allowed(), "fails closed");
        assertEquals(List.of("no requirement named: a tier, an endorsement or a risk level"), nothing.reasons());
        assertFalse(verify(byNumber(holds(CredentialKind.of(Tier.L4), 1)), new CaseRequirement(null, null, null))
                .allowed(), "not even for the highest tier");
    }

    @Test
    void refusedWhenTheTierIsSuspended() {
        holds(CredentialKind.of(Tier.L1), 12);
        String l3 = holds(CredentialKind.of(Tier.L3), 2);
        suspend(l3);

        Verification.Answer answer = verify(byNumber(l3), tier(Tier.L3));

        assertFalse(answer.allowed());
        assertEquals(List.of("L3 required, holds L1", "L3 credential suspended"), answer.reasons());
        assertEquals(CredentialStatus.SUSPENDED, answer.credentials().stream()
                .filter(c -> c.number().equals(l3)).findFirst().orElseThrow().status());
        assertEquals("DENIED", context.calls.get(0).outcome());
        assertEquals(false, context.calls.get(0).allowed());
    }

    @Test
    void refusedWhenTheTierHasExpired() {
        String l2 = holds(CredentialKind.of(Tier.L2), 25);

        Verification.Answer answer = verify(byNumber(l2), tier(Tier.L2));

        assertFalse(answer.allowed());
        assertEquals(List.of("L2 required, holds no valid tier", "L2 credential expired"), answer.reasons());
        assertEquals(List.of(l2), answer.credentials().stream().map(CredentialView::number).toList());
    }

    @Test
    void refusedWhenTheEndorsementIsMissingAndAllowedWhenHeld() {
        holds(CredentialKind.of(Tier.L2), 3);
        CaseRequirement disability = new CaseRequirement(Tier.L2, Set.of(Endorsement.DISABILITY), null);

        Verification.Answer missing = verify(new Verification.Volunteer(null, MEMBER_ID), disability);
        assertFalse(missing.allowed());
        assertEquals(List.of("L2 required, holds L2", "DISABILITY endorsement required, not held"), missing.reasons());

        String endorsement = holds(CredentialKind.of(Endorsement.DISABILITY), 1);
        Verification.Answer held = verify(new Verification.Volunteer(null, MEMBER_ID), disability);
        assertTrue(held.allowed());
        assertEquals(List.of("L2 required, holds L2", "DISABILITY endorsement held"), held.reasons());
        assertTrue(held.credentials().stream().anyMatch(c -> c.number().equals(endorsement)));
    }

    @Test
    void anUnknownVolunteerIsRefusedAndRecorded() {
        String unknownNumber = CredentialNumber.of(CredentialKind.of(Tier.L2), 2026, 999).text();

        assertThrows(Verification.UnknownVolunteer.class, () -> verify(byNumber(unknownNumber), tier(Tier.L1)));
        assertThrows(Verification.UnknownVolunteer.class,
                () -> verify(new Verification.Volunteer(null, MEMBER_ID + 1), tier(Tier.L1)));
        assertEquals(List.of("UNKNOWN", "UNKNOWN"), context.calls.stream().map(VerificationCall::outcome).toList());
        assertNull(context.calls.get(0).allowed());
    }

    @Test
    void aMistypedNumberIsRefusedByItsCheckDigitAndRecorded() {
        String number = holds(CredentialKind.of(Tier.L2), 3);
        int checkDigit = number.charAt(number.length() - 1) - '0';
        String mistyped = number.substring(0, number.length() - 1) + (checkDigit + 1) % 10;

        DomainException refused = assertThrows(DomainException.class, () -> verify(byNumber(mistyped), tier(Tier.L1)));
        assertTrue(refused.messageKey().startsWith("credential.number."), refused.messageKey());
        assertEquals("UNKNOWN", context.calls.get(0).outcome());
    }

    @Test
    void aMemberIdIsLookedUpOnlyInTheKeysOrganization() {
        holds(CredentialKind.of(Tier.L2), 3);
        context.members.put(ORG + 1, Map.of(MEMBER_ID + 1, VOLUNTEER));

        assertTrue(verify(new Verification.Volunteer(null, MEMBER_ID), tier(Tier.L2)).allowed());
        assertThrows(Verification.UnknownVolunteer.class,
                () -> verify(new Verification.Volunteer(null, MEMBER_ID + 1), tier(Tier.L2)));
    }

    @Test
    void aCallRefusedBeforeItsDecisionIsRecordedWithItsReason() {
        context.verification.refused(CLIENT.keyId(), "over the rate of 600/min", "RATE_LIMITED");

        assertEquals(List.of(new VerificationCall(CLIENT.keyId(), "over the rate of 600/min", null, "RATE_LIMITED",
                null, NOW)), context.calls);
    }
}
