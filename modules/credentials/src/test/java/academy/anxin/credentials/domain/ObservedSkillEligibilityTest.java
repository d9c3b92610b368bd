package academy.anxin.credentials.domain;

import static academy.anxin.credentials.domain.EligibilityEngineTest.NOW;
import static academy.anxin.credentials.domain.EligibilityEngineTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.RequirementResult.Basis;
import academy.anxin.credentials.domain.RequirementResult.Unit;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules that ask for observed skill and handled risk, not minutes: a passed competency assessment by rubric code,
 * a number of approved sessions at a risk level, and, at renewal, an assessment passed within the validity period
 * (a supervisor's supervision). Rules built here, so that editing content does not change what these tests mean.
 */
class ObservedSkillEligibilityTest {

    static final CredentialRule CRISIS = new CredentialRule(CredentialKind.of(Tier.L3),
            new LocalizedText("危机干预级", "Crisis"),
            List.of(new Requirement.SessionsAtRisk(RiskLevel.HIGH, 3), new Requirement.Assessment("L3-HIGH-RISK-CALL")),
            24, new RenewalRule(0, 0, List.of("L3-HIGH-RISK-CALL")));

    private final EligibilityEngine engine = new EligibilityEngine();

    private RequirementResult result(Evidence evidence, String localId) {
        return engine.evaluate(CRISIS, evidence, NOW).results().stream().filter(r -> r.id().local().equals(localId))
                .findFirst().orElseThrow();
    }

    private static Evidence highRisk(int sessions) {
        Evidence evidence = Evidence.none();
        for (int i = 0; i < sessions; i++) {
            evidence = evidence.withPractice(50, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.HIGH,
                    TODAY.minusDays(i + 1));
        }
        return evidence;
    }

    @Test
    void aPassedAssessmentOnTheRubricMeetsItAndAnotherRubricDoesNot() {
        RequirementResult missing = result(Evidence.none().withAssessment("L2-CALL-ROLEPLAY", TODAY),
                "assessment.L3-HIGH-RISK-CALL");
        assertFalse(missing.met());
        assertEquals(Unit.ASSESSMENTS, missing.unit());
        assertEquals("credential.requirement.assessment", missing.messageKey());
        assertEquals(List.of("L3-HIGH-RISK-CALL"), missing.arguments());
        RequirementResult met = result(Evidence.none().withAssessment("L3-HIGH-RISK-CALL", TODAY.minusDays(3)),
                "assessment.L3-HIGH-RISK-CALL");
        assertTrue(met.met());
        assertEquals(1, met.current());
    }

    @Test
    void anAssessmentObservedAfterNowDoesNotCountYet() {
        assertFalse(result(Evidence.none().withAssessment("L3-HIGH-RISK-CALL", TODAY.plusDays(1)),
                "assessment.L3-HIGH-RISK-CALL").met());
    }

    @Test
    void sessionsAtTheRiskLevelAreCountedNotMinutes() {
        RequirementResult two = result(highRisk(2)
                .withPractice(480, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.MEDIUM, TODAY)
                .withPractice(480, Modality.HOTLINE, Population.GENERAL_PUBLIC, TODAY), "sessions.risk.HIGH");
        assertFalse(two.met(), "medium and low sessions are not high-risk ones");
        assertEquals(2, two.current());
        assertEquals(3, two.target());
        assertEquals(Unit.SESSIONS, two.unit());
        assertEquals(List.of("HIGH", 2L, 3), two.arguments());
        assertTrue(result(highRisk(3), "sessions.risk.HIGH").met());
    }

    @Test
    void anApprovedReversalTakesOneSessionBack() {
        Evidence reversed = highRisk(3).withPractice(-50, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.HIGH,
                TODAY.minusDays(1));
        assertEquals(2, result(reversed, "sessions.risk.HIGH").current());
    }

    @Test
    void bothMetIsEligibleAndARecognitionMayStandForEither() {
        Evidence ready = highRisk(3).withAssessment("L3-HIGH-RISK-CALL", TODAY);
        assertTrue(engine.evaluate(CRISIS, ready, NOW).eligible());
        Evidence recognized = highRisk(3).withRecognition(new Evidence.Recognition("资深危机干预热线咨询员",
                Set.of(new RequirementId(CRISIS.kind(), "assessment.L3-HIGH-RISK-CALL")), NOW));
        RequirementResult byRecognition = engine.evaluate(CRISIS, recognized, NOW).results().get(1);
        assertEquals(Basis.RECOGNITION, byRecognition.basis());
    }

    @Test
    void renewalAsksForAnAssessmentWithinTheValidityPeriodAndNoRecognitionReplacesIt() {
        Instant issued = Instant.parse("2024-06-01T02:00:00Z");
        Credential credential = Credential.issue(CredentialNumber.of(CRISIS.kind(), 2024, 7), 7L, 24, "system",
                issued);
        Instant late = Instant.parse("2026-05-01T02:00:00Z");
        Evidence before = Evidence.none().withAssessment("L3-HIGH-RISK-CALL", java.time.LocalDate.of(2024, 5, 1));
        Eligibility stale = engine.evaluateRenewal(CRISIS, credential, before, late);
        assertFalse(stale.eligible(), "an assessment before the period does not renew");
        assertEquals("credential.requirement.renewal.assessment", stale.results().get(0).messageKey());
        Evidence within = before.withAssessment("L3-HIGH-RISK-CALL", java.time.LocalDate.of(2025, 9, 10));
        assertTrue(engine.evaluateRenewal(CRISIS, credential, within, late).eligible());
        assertFalse(new Requirement.AssessmentInPeriod("L3-HIGH-RISK-CALL").recognizable());
        assertThrows(IllegalArgumentException.class, () -> new Requirement.SessionsAtRisk(RiskLevel.HIGH, 0));
    }

    @Test
    void liveCallsCountFromTheDayTheRolePlayWasPassed() {
        CredentialRule helpline = new CredentialRule(CredentialKind.of(Tier.L2), new LocalizedText("热线级", "Helpline"),
                List.of(new Requirement.PracticeByModality(Modality.HOTLINE, 100, "L2-CALL-ROLEPLAY")), 24,
                new RenewalRule(0, 0));
        Evidence calls = Evidence.none()
                .withPractice(60, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.LOW, TODAY.minusDays(20))
                .withPractice(60, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.LOW, TODAY.minusDays(10))
                .withPractice(60, Modality.HOTLINE, Population.GENERAL_PUBLIC, RiskLevel.LOW, TODAY.minusDays(2));
        RequirementResult none = engine.evaluate(helpline, calls, NOW).results().get(0);
        assertFalse(none.met(), "no live call counts before the role-play is passed");
        assertEquals(0, none.current());
        assertEquals("credential.requirement.practice.modalityAfter", none.messageKey());
        assertEquals("practice.modality.HOTLINE", none.id().local(), "recognitions name the same id as before");

        RequirementResult after = engine.evaluate(helpline, calls.withAssessment("L2-CALL-ROLEPLAY",
                TODAY.minusDays(10)), NOW).results().get(0);
        assertEquals(120, after.current(), "the calls on and after the day it was observed");
        assertTrue(after.met());
    }
}
