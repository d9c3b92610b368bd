package academy.anxin.credentials.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.RenewalRule;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.application.Assessments;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issuance with observed skill: the evidence that practice gives (passed assessments, approved sessions with their
 * risk level) is gathered through {@link Evidences}; nothing is issued until the assessment has passed, and the
 * snapshot kept with the credential names the assessment and each requirement's basis.
 */
class AssessedIssuanceTest {

    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    static final long VOLUNTEER = 42;

    static final CredentialRule CRISIS = new CredentialRule(CredentialKind.of(Tier.L3),
            new LocalizedText("危机干预级", "Crisis"),
            List.of(new Requirement.SessionsAtRisk(RiskLevel.HIGH, 2), new Requirement.Assessment("L3-HIGH-RISK-CALL")),
            24, new RenewalRule(0, 60));

    private final InMemoryContext context = new InMemoryContext(NOW, CRISIS);

    @Test
    void nothingIsIssuedUntilTheObservedCallHasPassedAndTheSnapshotNamesIt() {
        for (int day = 1; day <= 2; day++) {
            context.approved.add(new PracticeLog.ApprovedMinutes(50, Modality.HOTLINE, Population.GENERAL_PUBLIC,
                    RiskLevel.HIGH, LocalDate.of(2026, 11, day)));
        }
        assertTrue(context.issuance.consider(VOLUNTEER).isEmpty(), "the high-risk sessions alone are not enough");

        context.assessed.add(new Assessments.Passed("L3-HIGH-RISK-CALL", LocalDate.of(2026, 11, 20), NOW));
        List<String> issued = context.issuance.consider(VOLUNTEER);

        assertEquals(1, issued.size());
        Credentials.Stored stored = context.credentials.byNumber(issued.get(0)).orElseThrow();
        String snapshot = stored.evidence();
        assertTrue(snapshot.contains("\"requirement\":\"L3/sessions.risk.HIGH\",\"basis\":\"EVIDENCE\",\"current\":2"),
                snapshot);
        assertTrue(snapshot.contains("\"requirement\":\"L3/assessment.L3-HIGH-RISK-CALL\",\"basis\":\"EVIDENCE\""),
                snapshot);
        assertTrue(snapshot.contains("\"passedAssessments\":[{\"rubric\":\"L3-HIGH-RISK-CALL\",\"observedOn\":\"2026-11-20\"}]"),
                snapshot);
    }
}
