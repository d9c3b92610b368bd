package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.PlatformTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.Evidence.HeldCredential;
import academy.anxin.credentials.domain.Evidence.Recognition;
import academy.anxin.credentials.domain.RequirementResult.Basis;
import academy.anxin.credentials.domain.RequirementResult.Unit;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.LocalizedText;
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
 * The eligibility engine on many sets of evidence, against rules built here (so that editing the content files
 * does not change what these tests mean): a crisis tier with courses, a stricter exam minimum, minutes in total and
 * by modality and a prerequisite tier held for months; and an endorsement with minutes by population.
 */
class EligibilityEngineTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static final CredentialRule CRISIS = new CredentialRule(CredentialKind.of(Tier.L3),
            new LocalizedText("危机干预级", "Crisis"),
            List.of(new Requirement.Course("L3-CRISIS"), new Requirement.Course("L3-SUICIDE"),
                    new Requirement.Exam("EXAM-L3", 0.85), new Requirement.PracticeTotal(2400),
                    new Requirement.PracticeByModality(Modality.HOTLINE, 1200), new Requirement.TierHeld(Tier.L2, 6)),
            24, new RenewalRule(12, 1440));

    static final CredentialRule DISABILITY = new CredentialRule(CredentialKind.of(Endorsement.DISABILITY),
            new LocalizedText("助残", "Disability"),
            List.of(new Requirement.Course("E-DISABILITY"), new Requirement.Exam("EXAM-E-DISABILITY", 0.8),
                    new Requirement.PracticeTotal(300),
                    new Requirement.PracticeByPopulation(Population.DISABILITY, 300),
                    new Requirement.TierHeld(Tier.L2, 0)),
            24, new RenewalRule(4, 240));

    private final EligibilityEngine engine = new EligibilityEngine();

    static HeldCredential held(Tier tier, CredentialStatus status, Instant since) {
        return new HeldCredential(CredentialKind.of(tier), status, since, since.plus(730, ChronoUnit.DAYS));
    }

    static Instant monthsAgo(int months) {
        return NOW.atZone(PlatformTime.ZONE).minusMonths(months).toInstant();
    }

    /** Everything the crisis rule asks for, with a little to spare. */
    static Evidence crisisReady() {
        return Evidence.none()
                .withCourse("L3-CRISIS", monthsAgo(2))
                .withCourse("L3-SUICIDE", monthsAgo(1))
                .withExam("EXAM-L3", 0.9, monthsAgo(1))
                .withPractice(1300, Modality.HOTLINE, Population.GENERAL_PUBLIC, TODAY.minusMonths(3))
                .withPractice(1200, Modality.FACE_TO_FACE, Population.YOUTH, TODAY.minusMonths(2))
                .withHeld(held(Tier.L2, CredentialStatus.ACTIVE, monthsAgo(7)));
    }

    @Test
    void nothingMeetsNothingAndEveryBarStartsAtZero() {
        Eligibility eligibility = engine.evaluate(CRISIS, Evidence.none(), NOW);
        assertFalse(eligibility.eligible());
        assertEquals(6, eligibility.unmet().size());
        eligibility.results().forEach(r -> {
            assertEquals(Basis.UNMET, r.basis(), r.id().toString());
            assertEquals(0, r.current(), r.id().toString());
            assertEquals(0.0, r.fraction(), r.id().toString());
        });
        RequirementResult exam = eligibility.result("exam.EXAM-L3").orElseThrow();
        assertEquals("credential.requirement.exam", exam.messageKey());
        assertEquals(List.of("EXAM-L3", 85L, 0L), exam.arguments());
        assertEquals(85, exam.target());
        assertEquals(Unit.PERCENT, exam.unit());
        RequirementResult tier = eligibility.result("tier.L2").orElseThrow();
        assertEquals("credential.requirement.tier", tier.messageKey());
        assertEquals(List.of("L2", 6, 0L), tier.arguments());
    }

    @Test
    void everythingMetIsEligibleByEvidence() {
        Eligibility eligibility = engine.evaluate(CRISIS, crisisReady(), NOW);
        assertTrue(eligibility.eligible(), () -> eligibility.unmet().toString());
        assertTrue(eligibility.results().stream().allMatch(r -> r.basis() == Basis.EVIDENCE));
        assertEquals(List.of("course.L3-CRISIS", "course.L3-SUICIDE", "exam.EXAM-L3", "practice.total",
                "practice.modality.HOTLINE", "tier.L2"),
                eligibility.results().stream().map(r -> r.id().local()).toList());
        assertEquals("L3/practice.total", eligibility.results().get(3).id().toString());
        assertEquals(2500, eligibility.result("practice.total").orElseThrow().current());
        assertEquals(7, eligibility.result("tier.L2").orElseThrow().current());
        assertEquals(1.0, eligibility.result("tier.L2").orElseThrow().fraction());
    }

    @Test
    void oneCourseMissingIsTheOnlyThingUnmet() {
        Evidence evidence = crisisReady();
        evidence = new Evidence(evidence.courses().subList(0, 1), evidence.exams(), evidence.practice(),
                evidence.lessons(), evidence.held(), evidence.recognitions());
        Eligibility eligibility = engine.evaluate(CRISIS, evidence, NOW);
        assertFalse(eligibility.eligible());
        assertEquals(1, eligibility.unmet().size());
        RequirementResult course = eligibility.unmet().get(0);
        assertEquals("course.L3-SUICIDE", course.id().local());
        assertEquals("credential.requirement.course", course.messageKey());
        assertEquals(List.of("L3-SUICIDE"), course.arguments());
        assertEquals(0, course.current());
        assertEquals(1, course.target());
    }

    @Test
    void anExamPassedBelowTheRulesMinimumIsNotEnoughAndSaysSo() {
        Evidence evidence = withoutExams(crisisReady()).withExam("EXAM-L3", 0.82, monthsAgo(1));
        RequirementResult exam = engine.evaluate(CRISIS, evidence, NOW).result("exam.EXAM-L3").orElseThrow();
        assertFalse(exam.met());
        assertEquals("credential.requirement.exam.belowMinimum", exam.messageKey());
        assertEquals(List.of("EXAM-L3", 85L, 82L), exam.arguments());
        assertEquals(82, exam.current());
    }

    @Test
    void theBestOfSeveralPassesCountsAndAScoreExactlyAtTheMinimumMeetsIt() {
        Evidence evidence = withoutExams(crisisReady())
                .withExam("EXAM-L3", 0.82, monthsAgo(3))
                .withExam("EXAM-L3", 17.0 / 20, monthsAgo(1))
                .withExam("EXAM-L2", 1.0, monthsAgo(1));
        RequirementResult exam = engine.evaluate(CRISIS, evidence, NOW).result("exam.EXAM-L3").orElseThrow();
        assertTrue(exam.met());
        assertEquals(85, exam.current());
    }

    @Test
    void anotherExamDoesNotCount() {
        Evidence evidence = withoutExams(crisisReady()).withExam("EXAM-L2", 1.0, monthsAgo(1));
        assertFalse(engine.evaluate(CRISIS, evidence, NOW).result("exam.EXAM-L3").orElseThrow().met());
    }

    @Test
    void minutesEnoughInTotalButShortOnTheHotline() {
        Evidence evidence = crisisReady();
        evidence = new Evidence(evidence.courses(), evidence.exams(), List.of(), evidence.lessons(), evidence.held(),
                evidence.recognitions())
                .withPractice(1000, Modality.HOTLINE, Population.GENERAL_PUBLIC, TODAY.minusDays(40))
                .withPractice(2000, Modality.ROLE_PLAY, Population.GENERAL_PUBLIC, TODAY.minusDays(30));
        Eligibility eligibility = engine.evaluate(CRISIS, evidence, NOW);
        assertTrue(eligibility.result("practice.total").orElseThrow().met());
        RequirementResult hotline = eligibility.result("practice.modality.HOTLINE").orElseThrow();
        assertFalse(hotline.met());
        assertEquals("credential.requirement.practice.modality", hotline.messageKey());
        assertEquals(List.of("HOTLINE", 1000L, 1200), hotline.arguments());
        assertEquals(1000.0 / 1200, hotline.fraction(), 1e-9);
        assertEquals(List.of(hotline), eligibility.unmet());
    }

    @Test
    void aReversalSubtractsItsMinutes() {
        Evidence evidence = crisisReady()
                .withPractice(-200, Modality.HOTLINE, Population.GENERAL_PUBLIC, TODAY.minusDays(10));
        Eligibility eligibility = engine.evaluate(CRISIS, evidence, NOW);
        assertEquals(1100, eligibility.result("practice.modality.HOTLINE").orElseThrow().current());
        assertFalse(eligibility.eligible());
    }

    @Test
    void practiceDatedAfterNowDoesNotCountYet() {
        Evidence evidence = Evidence.none()
                .withPractice(3000, Modality.HOTLINE, Population.GENERAL_PUBLIC, TODAY.plusDays(1));
        assertEquals(0, engine.evaluate(CRISIS, evidence, NOW).result("practice.total").orElseThrow().current());
    }

    @Test
    void minutesEnoughInTotalButNotWithThePopulation() {
        Evidence evidence = disabilityReady();
        evidence = new Evidence(evidence.courses(), evidence.exams(), List.of(), evidence.lessons(), evidence.held(),
                evidence.recognitions())
                .withPractice(200, Modality.HOTLINE, Population.DISABILITY, TODAY.minusDays(20))
                .withPractice(400, Modality.HOTLINE, Population.OLDER_ADULTS, TODAY.minusDays(10));
        Eligibility eligibility = engine.evaluate(DISABILITY, evidence, NOW);
        assertTrue(eligibility.result("practice.total").orElseThrow().met());
        RequirementResult population = eligibility.result("practice.population.DISABILITY").orElseThrow();
        assertFalse(population.met());
        assertEquals("credential.requirement.practice.population", population.messageKey());
        assertEquals(List.of("DISABILITY", 200L, 300), population.arguments());
        assertFalse(eligibility.eligible());
    }

    @Test
    void theEndorsementIsMetWithAnActiveL2OfAnyTenure() {
        Eligibility eligibility = engine.evaluate(DISABILITY, disabilityReady(), NOW);
        assertTrue(eligibility.eligible(), () -> eligibility.unmet().toString());
        RequirementResult tier = eligibility.result("tier.L2").orElseThrow();
        assertEquals("credential.requirement.tier.active", tier.messageKey());
        assertEquals(Unit.CREDENTIALS, tier.unit());
    }

    @Test
    void aPrerequisiteHeldTooShortShowsTheMonthsSoFar() {
        Evidence evidence = withoutHeld(crisisReady()).withHeld(held(Tier.L2, CredentialStatus.ACTIVE, monthsAgo(4)));
        RequirementResult tier = engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow();
        assertFalse(tier.met());
        assertEquals(4, tier.current());
        assertEquals(6, tier.target());
        assertEquals(Unit.MONTHS, tier.unit());
        assertEquals(List.of("L2", 6, 4L), tier.arguments());
    }

    @Test
    void aPrerequisiteHeldOneDayShortOfSixMonthsIsShort() {
        Instant sinceAlmost = monthsAgo(6).plus(1, ChronoUnit.DAYS);
        Evidence evidence = withoutHeld(crisisReady()).withHeld(held(Tier.L2, CredentialStatus.ACTIVE, sinceAlmost));
        assertFalse(engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow().met());
        Evidence exactly = withoutHeld(crisisReady()).withHeld(held(Tier.L2, CredentialStatus.ACTIVE, monthsAgo(6)));
        assertTrue(engine.evaluate(CRISIS, exactly, NOW).result("tier.L2").orElseThrow().met());
    }

    @Test
    void aSuspendedPrerequisiteDoesNotCountAndSaysWhy() {
        Evidence evidence = withoutHeld(crisisReady())
                .withHeld(held(Tier.L2, CredentialStatus.SUSPENDED, monthsAgo(12)));
        RequirementResult tier = engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow();
        assertFalse(tier.met());
        assertEquals("credential.requirement.tier.suspended", tier.messageKey());
        assertEquals(0, tier.current());
    }

    @Test
    void anExpiredPrerequisiteDoesNotCountEvenIfItsStatusWasNotYetUpdated() {
        Instant since = monthsAgo(30);
        Evidence evidence = withoutHeld(crisisReady()).withHeld(new HeldCredential(CredentialKind.of(Tier.L2),
                CredentialStatus.ACTIVE, since, monthsAgo(6)));
        RequirementResult tier = engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow();
        assertFalse(tier.met());
        assertEquals("credential.requirement.tier", tier.messageKey());
    }

    @Test
    void aRevokedPrerequisiteDoesNotCount() {
        Evidence evidence = withoutHeld(crisisReady()).withHeld(held(Tier.L2, CredentialStatus.REVOKED, monthsAgo(9)));
        assertFalse(engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow().met());
    }

    @Test
    void aHigherTierSatisfiesALowerPrerequisiteAndAnEndorsementDoesNot() {
        Evidence higher = withoutHeld(crisisReady()).withHeld(held(Tier.L3, CredentialStatus.ACTIVE, monthsAgo(8)));
        assertTrue(engine.evaluate(CRISIS, higher, NOW).result("tier.L2").orElseThrow().met());
        Evidence lower = withoutHeld(crisisReady()).withHeld(held(Tier.L1, CredentialStatus.ACTIVE, monthsAgo(20)));
        assertFalse(engine.evaluate(CRISIS, lower, NOW).result("tier.L2").orElseThrow().met());
        Evidence endorsement = withoutHeld(crisisReady()).withHeld(new HeldCredential(
                CredentialKind.of(Endorsement.YOUTH), CredentialStatus.ACTIVE, monthsAgo(20), NOW.plusSeconds(86400)));
        assertFalse(engine.evaluate(CRISIS, endorsement, NOW).result("tier.L2").orElseThrow().met());
    }

    @Test
    void aSuspendedL2NextToAnActiveL3StillLeavesThePrerequisiteMet() {
        Evidence evidence = withoutHeld(crisisReady())
                .withHeld(held(Tier.L2, CredentialStatus.SUSPENDED, monthsAgo(12)))
                .withHeld(held(Tier.L3, CredentialStatus.ACTIVE, monthsAgo(7)));
        assertTrue(engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow().met());
    }

    @Test
    void aRecognitionSatisfiesTheRequirementsItNamesAndNoOthers() {
        Recognition counselor = new Recognition("国家二级心理咨询师 / licensed counselor",
                Set.of(new RequirementId(CRISIS.kind(), "tier.L2"), new RequirementId(CRISIS.kind(), "practice.total")),
                monthsAgo(1));
        Evidence evidence = Evidence.none().withRecognition(counselor);
        Eligibility eligibility = engine.evaluate(CRISIS, evidence, NOW);
        RequirementResult tier = eligibility.result("tier.L2").orElseThrow();
        assertTrue(tier.met());
        assertEquals(Basis.RECOGNITION, tier.basis());
        assertEquals("国家二级心理咨询师 / licensed counselor", tier.recognition());
        assertEquals(1.0, tier.fraction());
        assertEquals(Basis.RECOGNITION, eligibility.result("practice.total").orElseThrow().basis());
        assertEquals(Basis.UNMET, eligibility.result("practice.modality.HOTLINE").orElseThrow().basis());
        assertEquals(4, eligibility.unmet().size());
    }

    @Test
    void evidenceTakesPrecedenceOverARecognitionForTheSameRequirement() {
        Recognition recognition = new Recognition("外部资质", Set.of(new RequirementId(CRISIS.kind(), "tier.L2")),
                monthsAgo(1));
        RequirementResult tier = engine.evaluate(CRISIS, crisisReady().withRecognition(recognition), NOW)
                .result("tier.L2").orElseThrow();
        assertEquals(Basis.EVIDENCE, tier.basis());
        assertNull(tier.recognition());
    }

    @Test
    void aRecognitionForAnotherCredentialOrNotYetApprovedDoesNotCount() {
        Recognition otherRule = new Recognition("外部资质",
                Set.of(new RequirementId(CredentialKind.of(Tier.L4), "tier.L2")), monthsAgo(1));
        Recognition later = new Recognition("外部资质", Set.of(new RequirementId(CRISIS.kind(), "tier.L2")),
                NOW.plusSeconds(60));
        Evidence evidence = Evidence.none().withRecognition(otherRule).withRecognition(later);
        assertFalse(engine.evaluate(CRISIS, evidence, NOW).result("tier.L2").orElseThrow().met());
    }

    @Test
    void recognitionsAloneCanMakeSomeoneEligible() {
        RequirementId[] all = CRISIS.requirements().stream().map(CRISIS::idOf).toArray(RequirementId[]::new);
        Evidence evidence = Evidence.none().withRecognition(new Recognition("精神科医师 / psychiatrist", Set.of(all),
                monthsAgo(1)));
        assertTrue(engine.evaluate(CRISIS, evidence, NOW).eligible());
    }

    @Test
    void evaluatingAtAnEarlierMomentSeesOnlyWhatHadHappenedThen() {
        Instant then = monthsAgo(2).minus(2, ChronoUnit.DAYS);
        Eligibility earlier = engine.evaluate(CRISIS, crisisReady(), then);
        assertFalse(earlier.result("course.L3-CRISIS").orElseThrow().met());
        assertFalse(earlier.result("exam.EXAM-L3").orElseThrow().met());
        assertEquals(1300, earlier.result("practice.total").orElseThrow().current());
        assertEquals(then, earlier.evaluatedAt());
    }

    static Evidence disabilityReady() {
        return Evidence.none()
                .withCourse("E-DISABILITY", monthsAgo(1))
                .withExam("EXAM-E-DISABILITY", 0.8, monthsAgo(1))
                .withPractice(300, Modality.HOTLINE, Population.DISABILITY, TODAY.minusDays(5))
                .withHeld(held(Tier.L2, CredentialStatus.ACTIVE, NOW.minusSeconds(86400)));
    }

    static Evidence withoutExams(Evidence evidence) {
        return new Evidence(evidence.courses(), List.of(), evidence.practice(), evidence.lessons(), evidence.held(),
                evidence.recognitions());
    }

    static Evidence withoutHeld(Evidence evidence) {
        return new Evidence(evidence.courses(), evidence.exams(), evidence.practice(), evidence.lessons(), List.of(),
                evidence.recognitions());
    }
}
