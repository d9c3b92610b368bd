package academy.anxin.credentials.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.RenewalRule;
import academy.anxin.credentials.domain.Requirement;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.credentials.domain.ValidityPeriod;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issuance's decisions, over the credentials' ports held in memory and rules built here: it issues what the
 * evidence meets and nothing else, never twice, numbers and dates each credential right and signs what it stores,
 * and renews a credential near its end once its renewal is met.
 */
class IssuanceTest {

    /** New Year's Eve in UTC, already 2027 in Beijing: the year in a number is the platform's. */
    static final Instant NOW = Instant.parse("2026-12-31T17:00:00Z");
    static final long VOLUNTEER = 42;

    static final CredentialRule FOUNDATION = new CredentialRule(CredentialKind.of(Tier.L1),
            new LocalizedText("基础级", "Foundation"),
            List.of(new Requirement.Course("L1-INTRO"), new Requirement.Exam("EXAM-L1", 0.8),
                    new Requirement.PracticeTotal(60)),
            24, new RenewalRule(2, 0));

    static final CredentialRule HELPLINE = new CredentialRule(CredentialKind.of(Tier.L2),
            new LocalizedText("热线级", "Helpline"),
            List.of(new Requirement.Course("L2-HOTLINE"), new Requirement.TierHeld(Tier.L1, 0)),
            24, new RenewalRule(0, 60));

    private final InMemoryContext context = new InMemoryContext(NOW, HELPLINE, FOUNDATION);

    /** Everything the foundation rule asks for. */
    private void foundationMet() {
        context.finished.add(new Study.Finished("L1-INTRO", null, NOW.minus(20, ChronoUnit.DAYS)));
        context.passes.add(new ExamSitting.Pass("EXAM-L1", 0.85, NOW.minus(10, ChronoUnit.DAYS)));
        context.approved.add(new PracticeLog.ApprovedMinutes(50, Modality.HOTLINE, Population.GENERAL_PUBLIC,
                LocalDate.of(2026, 12, 1)));
        context.approved.add(new PracticeLog.ApprovedMinutes(40, Modality.FACE_TO_FACE, Population.YOUTH,
                LocalDate.of(2026, 12, 2)));
    }

    private static Instant beijing(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(PlatformTime.ZONE).toInstant();
    }

    @Test
    void issuesTheCredentialWhoseRuleTheEvidenceMeets() {
        foundationMet();

        List<String> issued = context.issuance.consider(VOLUNTEER);

        String number = CredentialNumber.of(CredentialKind.of(Tier.L1), 2027, 1).text();
        assertEquals(List.of(number), issued);
        Credentials.Stored stored = context.credentials.byNumber(number).orElseThrow();
        assertEquals(VOLUNTEER, stored.credential().holderId());
        assertEquals(CredentialKind.of(Tier.L1), stored.credential().kind());
        assertEquals(new ValidityPeriod(NOW, beijing(2029, 1, 1, 1)), stored.credential().period(),
                "24 months on Beijing's calendar");
        assertEquals(CredentialStatus.ACTIVE, stored.credential().statusAt(NOW));
        assertEquals(Issuance.ACTOR, stored.credential().events().get(0).actor());
        assertEquals(90, stored.approvedMinutes());
        assertTrue(stored.evidence().contains("\"approvedPracticeMinutes\":90"), stored.evidence());
        assertTrue(stored.evidence().contains("\"requirement\":\"L1/exam.EXAM-L1\""), stored.evidence());
        assertNotEquals(stored.revocationIndex(), stored.suspensionIndex());
        assertEquals("CREDENTIAL_ISSUED", context.audited.get(0).action());
    }

    @Test
    void signsWhatItStores() {
        foundationMet();
        String number = context.issuance.consider(VOLUNTEER).get(0);

        Credentials.Stored stored = context.credentials.byNumber(number).orElseThrow();
        BadgeClaims signed = context.signingKeys.badges.get(0);
        assertEquals("signed:https://academy.example/api/v1/credentials/" + number, stored.signed());
        assertEquals("https://academy.example/verify/" + number, signed.subjectId().toString());
        assertEquals("L1", signed.code());
        assertEquals(stored.credential().period().from().truncatedTo(ChronoUnit.SECONDS), signed.validFrom());
        assertEquals(stored.credential().period().until(), signed.validUntil());
        assertEquals(List.of(
                        BitstringStatusListEntry.revocation(
                                InMemoryContext.ADDRESSES.statusList(BitstringStatusListEntry.Purpose.REVOCATION),
                                stored.revocationIndex()),
                        BitstringStatusListEntry.suspension(
                                InMemoryContext.ADDRESSES.statusList(BitstringStatusListEntry.Purpose.SUSPENSION),
                                stored.suspensionIndex())),
                signed.status());
    }

    @Test
    void issuesNothingWhileARequirementIsUnmet() {
        foundationMet();
        context.passes.clear();
        context.passes.add(new ExamSitting.Pass("EXAM-L1", 0.7, NOW.minus(1, ChronoUnit.DAYS)));

        assertEquals(List.of(), context.issuance.consider(VOLUNTEER));
        assertEquals(List.of(), context.credentials.all());
        assertEquals(List.of(), context.audited);
    }

    @Test
    void neverIssuesTheSameCredentialTwice() {
        foundationMet();
        context.issuance.consider(VOLUNTEER);
        context.clock.set(NOW.plus(1, ChronoUnit.DAYS));

        assertEquals(List.of(), context.issuance.consider(VOLUNTEER));
        assertEquals(1, context.credentials.all().size());
    }

    @Test
    void aSuspendedCredentialIsNotIssuedAgain() {
        foundationMet();
        String number = context.issuance.consider(VOLUNTEER).get(0);
        Credentials.Stored stored = context.credentials.byNumber(number).orElseThrow();
        context.credentials.append(stored, stored.credential().suspend("person:1", "under review", NOW));

        assertEquals(List.of(), context.issuance.consider(VOLUNTEER));
        assertEquals(1, context.credentials.all().size());
    }

    @Test
    void oneCredentialCanMeetTheNextOnesPrerequisite() {
        foundationMet();
        context.finished.add(new Study.Finished("L2-HOTLINE", null, NOW.minus(5, ChronoUnit.DAYS)));

        List<String> issued = context.issuance.consider(VOLUNTEER);

        assertEquals(List.of(CredentialNumber.of(CredentialKind.of(Tier.L1), 2027, 1).text(),
                CredentialNumber.of(CredentialKind.of(Tier.L2), 2027, 2).text()), issued, "tiers from L1 up");
        assertEquals(2, context.credentials.all().size());
    }

    @Test
    void renewsAnActiveCredentialNearItsEndOnceItsRenewalIsMet() {
        foundationMet();
        String number = context.issuance.consider(VOLUNTEER).get(0);
        Instant nearTheEnd = beijing(2028, 12, 1, 9);
        context.clock.set(nearTheEnd);
        context.finished.add(new Study.Finished("L1-INTRO", "refresher-1", beijing(2028, 3, 1, 9)));

        assertEquals(List.of(), context.issuance.consider(VOLUNTEER), "one lesson of the two renewal asks for");

        context.finished.add(new Study.Finished("L1-INTRO", "refresher-2", beijing(2028, 6, 1, 9)));
        assertEquals(List.of(number), context.issuance.consider(VOLUNTEER));

        Credentials.Stored renewed = context.credentials.byNumber(number).orElseThrow();
        StatusEvent last = renewed.credential().events().get(renewed.credential().events().size() - 1);
        assertEquals(StatusEvent.Kind.RENEWED, last.kind());
        assertEquals(new ValidityPeriod(nearTheEnd, beijing(2031, 1, 1, 1)), renewed.credential().period(),
                "24 more months from the old end");
        assertEquals(1, context.credentials.all().size(), "renewed, not issued again");
        assertEquals("CREDENTIAL_RENEWED", context.audited.get(context.audited.size() - 1).action());
        assertEquals(List.of(), context.issuance.consider(VOLUNTEER), "no longer near its end");
    }

    @Test
    void aCredentialNotYetNearItsEndIsNotRenewed() {
        foundationMet();
        context.issuance.consider(VOLUNTEER);
        context.clock.set(beijing(2028, 6, 1, 9));
        context.finished.add(new Study.Finished("L1-INTRO", "refresher-1", beijing(2028, 3, 1, 9)));
        context.finished.add(new Study.Finished("L1-INTRO", "refresher-2", beijing(2028, 4, 1, 9)));

        assertEquals(List.of(), context.issuance.consider(VOLUNTEER));
    }
}
