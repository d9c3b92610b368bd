package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.PriorQualification.Decision;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recognition of prior qualifications: submitted by an org admin, decided by a different platform admin. */
class PriorQualificationTest {

    static final Instant SUBMITTED = Instant.parse("2026-02-01T02:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-02-03T02:00:00Z");
    static final CredentialRules RULES = new CredentialRules(List.of(EligibilityEngineTest.CRISIS,
            EligibilityEngineTest.DISABILITY));
    static final RequirementId HELD_L2 = RequirementId.parse("L3/tier.L2", "requirements");
    static final RequirementId PRACTICE = RequirementId.parse("L3/practice.total", "requirements");

    static PriorQualification submitted() {
        return PriorQualification.submit(7L, "国家二级心理咨询师", "持证八年，曾任市心理援助热线督导",
                "证书编号扫描件 doc-2026-001", "org-admin-wang", SUBMITTED);
    }

    @Test
    void approvedItBecomesEvidenceForTheNamedRequirements() {
        PriorQualification claim = submitted();
        assertTrue(claim.asEvidence().isEmpty());
        claim.approve("platform-admin-zhao", Set.of(HELD_L2, PRACTICE), RULES, null, DECIDED);
        assertEquals(Decision.APPROVED, claim.decision());
        Evidence.Recognition recognition = claim.asEvidence().orElseThrow();
        assertEquals(Set.of(HELD_L2, PRACTICE), recognition.satisfies());
        assertEquals("国家二级心理咨询师", recognition.qualification());
        assertEquals(DECIDED, recognition.approvedAt());
        Eligibility eligibility = new EligibilityEngine().evaluate(EligibilityEngineTest.CRISIS,
                Evidence.none().withRecognition(recognition), DECIDED);
        assertTrue(eligibility.result("tier.L2").orElseThrow().met());
    }

    @Test
    void aSubmissionReportsEveryMissingFieldAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> PriorQualification.submit(7L, " ", null, "x".repeat(501), "org-admin", SUBMITTED));
        assertEquals(List.of("qualification", "description", "documentReference"),
                refused.problems().stream().map(DomainException::field).toList());
        assertEquals("credential.field.tooLong", refused.problems().get(2).messageKey());
    }

    @Test
    void theSubmitterCannotApproveTheirOwnClaim() {
        DomainException refused = assertThrows(DomainException.class, () ->
                submitted().approve("org-admin-wang", Set.of(HELD_L2), RULES, null, DECIDED));
        assertEquals("credential.recognition.ownSubmission", refused.messageKey());
    }

    @Test
    void onlyKnownIssuanceRequirementsCanBeRecognized() {
        PriorQualification claim = submitted();
        DomainException none = assertThrows(DomainException.class,
                () -> claim.approve("platform-admin-zhao", Set.of(), RULES, null, DECIDED));
        assertEquals("credential.recognition.noRequirements", none.messageKey());
        DomainException unknown = assertThrows(DomainException.class, () -> claim.approve("platform-admin-zhao",
                Set.of(RequirementId.parse("L3/practice.modality.GROUP", "requirements")), RULES, null, DECIDED));
        assertEquals("credential.recognition.unknownRequirement", unknown.messageKey());
        assertEquals(List.of("L3/practice.modality.GROUP"), unknown.arguments());
        DomainException otherRule = assertThrows(DomainException.class, () -> claim.approve("platform-admin-zhao",
                Set.of(RequirementId.parse("L4/tier.L3", "requirements")), RULES, null, DECIDED));
        assertEquals("credential.recognition.unknownRequirement", otherRule.messageKey());
        DomainException renewal = assertThrows(DomainException.class, () -> claim.approve("platform-admin-zhao",
                Set.of(RequirementId.parse("L3/renewal.lessons", "requirements")), RULES, null, DECIDED));
        assertEquals("credential.recognition.notRecognizable", renewal.messageKey());
        assertEquals(Decision.SUBMITTED, claim.decision());
    }

    @Test
    void aRejectionNeedsAReasonAndADecisionIsFinal() {
        PriorQualification claim = submitted();
        DomainException noReason = assertThrows(DomainException.class,
                () -> claim.reject("platform-admin-zhao", "", DECIDED));
        assertEquals("reason", noReason.field());
        claim.reject("platform-admin-zhao", "证书已过期", DECIDED);
        assertEquals(Decision.REJECTED, claim.decision());
        assertEquals("证书已过期", claim.decisionNote().orElseThrow());
        assertTrue(claim.asEvidence().isEmpty());
        DomainException decided = assertThrows(DomainException.class,
                () -> claim.approve("platform-admin-zhao", Set.of(HELD_L2), RULES, null, DECIDED));
        assertEquals("credential.recognition.decided", decided.messageKey());
    }

    @Test
    void requirementIdsAreReadStrictly() {
        assertEquals("L3/tier.L2", HELD_L2.toString());
        for (String bad : new String[] {"L9/tier.L2", "L3", "L3/", "l3/tier.L2", "L3/Tier", "", null}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> RequirementId.parse(bad, "requirements"), String.valueOf(bad));
            assertEquals("credential.requirementId.invalid", refused.messageKey());
        }
    }
}
