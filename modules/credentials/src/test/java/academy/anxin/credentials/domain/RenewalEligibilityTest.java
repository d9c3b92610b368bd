package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.Eligibility.Purpose;
import academy.anxin.credentials.domain.Evidence.Recognition;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renewal counts only what was done within the current validity period, and only an active credential renews.
 * The credential here was issued on 1 March 2024 for 24 months; "now" is 1 February 2026, a month before its end.
 */
class RenewalEligibilityTest {

    static final Instant ISSUED = Instant.parse("2024-03-01T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-02-01T02:00:00Z");
    static final CredentialRule CRISIS = EligibilityEngineTest.CRISIS;

    private final EligibilityEngine engine = new EligibilityEngine();

    static Credential credential() {
        return Credential.issue(CredentialNumber.of(CredentialKind.of(Tier.L3), 2024, 42), 7L, 24, "system", ISSUED);
    }

    /** Twelve distinct lessons and 1440 minutes, all within the period. */
    static Evidence renewalReady() {
        Evidence evidence = Evidence.none();
        for (int i = 0; i < 12; i++) {
            evidence = evidence.withLesson("M-" + i, ISSUED.plus(30L * (i + 1), ChronoUnit.DAYS));
        }
        return evidence.withPractice(1000, Modality.HOTLINE, Population.GENERAL_PUBLIC, LocalDate.of(2025, 6, 1))
                .withPractice(440, Modality.ONLINE_CHAT, Population.YOUTH, LocalDate.of(2025, 12, 1));
    }

    @Test
    void withinThePeriodTheRenewalRequirementsAreMet() {
        Eligibility renewal = engine.evaluateRenewal(CRISIS, credential(), renewalReady(), NOW);
        assertEquals(Purpose.RENEWAL, renewal.purpose());
        assertTrue(renewal.eligible(), () -> renewal.unmet().toString());
        assertEquals(List.of("L3/renewal.lessons", "L3/renewal.practice"),
                renewal.results().stream().map(r -> r.id().toString()).toList());
        assertEquals(1440, renewal.result("renewal.practice").orElseThrow().current());
    }

    @Test
    void whatWasDoneBeforeThePeriodDoesNotCount() {
        Evidence before = Evidence.none()
                .withPractice(5000, Modality.HOTLINE, Population.GENERAL_PUBLIC, LocalDate.of(2024, 2, 28));
        for (int i = 0; i < 12; i++) {
            before = before.withLesson("M-" + i, ISSUED.minus(i + 1, ChronoUnit.DAYS));
        }
        Eligibility renewal = engine.evaluateRenewal(CRISIS, credential(), before, NOW);
        assertFalse(renewal.eligible());
        RequirementResult lessons = renewal.result("renewal.lessons").orElseThrow();
        assertEquals(0, lessons.current());
        assertEquals("credential.requirement.renewal.lessons", lessons.messageKey());
        assertEquals(List.of(0L, 12), lessons.arguments());
        assertEquals(0, renewal.result("renewal.practice").orElseThrow().current());
    }

    @Test
    void theSameLessonTwiceCountsOnce() {
        Evidence evidence = renewalReady().withLesson("M-0", NOW.minus(1, ChronoUnit.DAYS));
        assertEquals(12, engine.evaluateRenewal(CRISIS, credential(), evidence, NOW)
                .result("renewal.lessons").orElseThrow().current());
        Evidence eleven = Evidence.none();
        for (int i = 0; i < 12; i++) {
            eleven = eleven.withLesson(i == 11 ? "M-0" : "M-" + i, NOW.minus(i + 1, ChronoUnit.DAYS));
        }
        assertFalse(engine.evaluateRenewal(CRISIS, credential(), eleven, NOW)
                .result("renewal.lessons").orElseThrow().met());
    }

    @Test
    void afterARenewalOnlyTheNewPeriodCounts() {
        Credential credential = credential();
        Instant renewedAt = NOW;
        credential.renew("system", 24, renewedAt);
        Instant later = renewedAt.plus(100, ChronoUnit.DAYS);
        Eligibility next = engine.evaluateRenewal(CRISIS, credential, renewalReady(), later);
        assertFalse(next.eligible());
        assertEquals(0, next.result("renewal.lessons").orElseThrow().current());
        Eligibility withNewWork = engine.evaluateRenewal(CRISIS, credential,
                renewalReady().withLesson("M-new", renewedAt.plus(5, ChronoUnit.DAYS)), later);
        assertEquals(1, withNewWork.result("renewal.lessons").orElseThrow().current());
    }

    @Test
    void anExpiredCredentialCannotBeRenewedEvenWithTheWorkDone() {
        Instant afterEnd = Instant.parse("2026-03-02T00:00:00Z");
        Eligibility renewal = engine.evaluateRenewal(CRISIS, credential(), renewalReady(), afterEnd);
        assertFalse(renewal.eligible());
        assertTrue(renewal.results().stream().allMatch(RequirementResult::met));
        assertEquals("credential.renewal.expired", renewal.refusal().orElseThrow().messageKey());
        assertEquals(List.of(credential().number().text()),
                renewal.refusal().orElseThrow().arguments());
    }

    @Test
    void aSuspendedCredentialCannotBeRenewedUntilReinstated() {
        Credential credential = credential();
        credential.suspend("org-admin", "complaint under review", NOW.minus(5, ChronoUnit.DAYS));
        Eligibility renewal = engine.evaluateRenewal(CRISIS, credential, renewalReady(), NOW);
        assertEquals("credential.renewal.suspended", renewal.refusal().orElseThrow().messageKey());
        credential.reinstate("org-admin", "complaint unfounded", NOW.minus(1, ChronoUnit.DAYS));
        assertTrue(engine.evaluateRenewal(CRISIS, credential, renewalReady(), NOW).eligible());
    }

    @Test
    void aRevokedCredentialIsNeverRenewed() {
        Credential credential = credential();
        credential.revoke("platform-admin", "falsified evidence", NOW.minus(1, ChronoUnit.DAYS));
        assertEquals("credential.renewal.revoked", engine.evaluateRenewal(CRISIS, credential, renewalReady(), NOW)
                .refusal().orElseThrow().messageKey());
    }

    @Test
    void recognitionsDoNotReplaceRenewalWork() {
        Evidence evidence = Evidence.none().withRecognition(new Recognition("外部资质",
                Set.of(new RequirementId(CRISIS.kind(), "renewal.lessons")), ISSUED));
        assertFalse(engine.evaluateRenewal(CRISIS, credential(), evidence, NOW).eligible());
    }

    @Test
    void aCredentialIsRenewedOnlyAgainstItsOwnRule() {
        assertThrows(IllegalArgumentException.class, () ->
                engine.evaluateRenewal(EligibilityEngineTest.DISABILITY, credential(), renewalReady(), NOW));
    }
}
