package academy.anxin.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Blueprint;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.ExamDefinition;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.assessment.infrastructure.GiftReader;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions from other banks wait as drafts: nothing one-language or unreviewed is drawn; the same bank in the
 * other language completes the translation; the admin's activation lets them be drawn, and is audited.
 */
class BankReviewTest {

    private static final String EXAM = "EX-AGENCY";
    private static final String ZH_BANK = """
            $CATEGORY: listening
            ::Open::来电者沉默时，首先应当怎么做？{=耐心等待并温和地邀请对方说话 ~立即挂断 ~替对方说出感受}

            ::Pause::沉默总是意味着来电者不想说话。{F}
            """;
    private static final String EN_BANK = """
            $CATEGORY: listening
            ::Open::When a caller is silent, what should you do first?{=Wait patiently and gently invite them to speak ~Hang up at once ~Name their feelings for them}

            ::Pause::Silence always means the caller does not want to talk.{F}
            """;

    private final InMemoryExams exams = new InMemoryExams();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final BankWriter writer = new BankWriter();
    private final BankReview review = new BankReview();
    private final BankCache banks = new BankCache();

    @BeforeEach
    void wire() {
        AuditTrail audit = new AuditTrail() {
            @Override
            public AuditEvent record(AuditRecord record) {
                audited.add(record);
                return null;
            }
        };
        writer.exams = exams;
        writer.clock = clock;
        writer.audit = audit;
        review.exams = exams;
        review.clock = clock;
        review.audit = audit;
        banks.exams = exams;
        exams.add(new Exam(new ExamDefinition(new Blueprint(EXAM, Map.of("listening", 2), Duration.ofMinutes(30),
                0.75, 3, Duration.ofHours(24), List.of()), 1, new LocalizedText(EXAM, EXAM), ExamDefinition.TIER,
                "L2"), "fingerprint", clock.instant()));
    }

    @Test
    void anImportedBankWaitsAsDraftsAndCannotBeActivatedBeforeItIsTranslated() {
        write(ZH_BANK, Language.ZH);

        List<BankReview.Draft> drafts = review.drafts(EXAM);
        assertEquals(List.of("AG-open", "AG-pause"), drafts.stream().map(d -> d.item().id()).toList());
        assertTrue(drafts.stream().allMatch(BankReview.Draft::needsTranslation));
        assertTrue(banks.current(EXAM).items().isEmpty(), "a draft is never drawn");

        DomainException refused = assertThrows(DomainException.class,
                () -> review.activate(EXAM, List.of(drafts.get(0).id()), "admin"));
        assertEquals("assessment.item.untranslated", refused.messageKey());
        assertTrue(audited.stream().noneMatch(r -> r.action().equals("EXAM_ITEMS_ACTIVATED")));
    }

    @Test
    void theSameBankInTheOtherLanguageCompletesEachQuestionAndActivationLetsItBeDrawn() {
        write(ZH_BANK, Language.ZH);
        BankReport translated = write(EN_BANK, Language.EN);

        assertEquals(List.of("AG-open v2", "AG-pause v2"), translated.added());
        List<BankReview.Draft> drafts = review.drafts(EXAM);
        BankItem open = drafts.get(0).item();
        assertEquals(new LocalizedText("来电者沉默时，首先应当怎么做？", "When a caller is silent, what should you do first?"),
                open.stem());
        assertEquals(new LocalizedText("立即挂断", "Hang up at once"), open.options().get(1));
        assertFalse(drafts.get(0).needsTranslation());
        assertTrue(banks.current(EXAM).items().isEmpty(), "translated, but not yet activated");

        int activated = review.activate(EXAM, drafts.stream().map(BankReview.Draft::id).toList(), "admin");

        assertEquals(2, activated);
        assertEquals(List.of("AG-open", "AG-pause"), banks.current(EXAM).items().stream().map(BankItem::id).toList());
        assertTrue(review.drafts(EXAM).isEmpty());
        AuditRecord record = audited.get(audited.size() - 1);
        assertEquals("EXAM_ITEMS_ACTIVATED", record.action());
        assertEquals("exam:" + EXAM, record.subject());
        assertEquals("AG-open v2, AG-pause v2", record.detail());
    }

    @Test
    void readingEitherLanguageAgainChangesNothingAndAnotherKeyIsNotTakenForATranslation() {
        write(ZH_BANK, Language.ZH);
        write(EN_BANK, Language.EN);

        assertEquals(2, write(EN_BANK, Language.EN).unchanged());
        assertEquals(2, write(ZH_BANK, Language.ZH).unchanged());

        String otherKey = EN_BANK.replace("{F}", "{T}");
        BankRefused refused = assertThrows(BankRefused.class, () -> writer.write(List.of(new BankWriter.Batch(
                EXAM, null, GiftReader.read(otherKey, Language.EN, "AG").items(), "gift", "GIFT", Language.EN)),
                "admin"));
        assertEquals("content.exam.itemChanged", refused.problems().get(0).key());
        assertEquals(2, exams.current(EXAM).size());
    }

    @Test
    void thePlatformsOwnBilingualItemsAreDrawnAtOnceAndAnotherExamsDraftCannotBeActivatedHere() {
        BankItem own = new BankItem("OWN-1", 1, ItemType.TRUE_FALSE, List.of("listening"), 2,
                new LocalizedText("题干", "Stem"), List.of(new LocalizedText("正确", "True"),
                new LocalizedText("错误", "False")), List.of(0), new LocalizedText("理由", "Because"), null, null,
                false);
        writer.write(List.of(new BankWriter.Batch(EXAM, null, List.of(own), BankWriter.CONTENT, "exams/")), "system");
        assertEquals(List.of("OWN-1"), banks.current(EXAM).items().stream().map(BankItem::id).toList());

        exams.add(new Exam(new ExamDefinition(new Blueprint("EX-OTHER", Map.of("listening", 1),
                Duration.ofMinutes(30), 0.75, 3, Duration.ofHours(24), List.of()), 1,
                new LocalizedText("other", "other"), ExamDefinition.TIER, "L1"), "fingerprint", clock.instant()));
        writer.write(List.of(new BankWriter.Batch("EX-OTHER", null, GiftReader.read(ZH_BANK, Language.ZH, "OT")
                .items(), "gift", "GIFT", Language.ZH)), "admin");
        long othersDraft = exams.drafts("EX-OTHER").get(0).id();

        DomainException refused = assertThrows(DomainException.class,
                () -> review.activate(EXAM, List.of(othersDraft), "admin"));
        assertEquals("assessment.item.unknown", refused.messageKey());
        StoredItem untouched = exams.byIds(List.of(othersDraft)).get(othersDraft);
        assertTrue(untouched.isDraft());
    }

    private BankReport write(String gift, Language language) {
        return writer.write(List.of(new BankWriter.Batch(EXAM, null, GiftReader.read(gift, language, "AG").items(),
                "gift", "GIFT", language)), "admin");
    }
}
