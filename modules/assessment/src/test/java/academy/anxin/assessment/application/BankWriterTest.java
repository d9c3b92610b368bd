package academy.anxin.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.infrastructure.GiftReader;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the bank writer refuses before it writes anything. */
class BankWriterTest {

    @Test
    void aQuestionTooLongForTheStoreIsRefusedByNameBeforeTheDatabase() {
        InMemoryExams exams = new InMemoryExams();
        BankWriter writer = new BankWriter();
        writer.exams = exams;
        writer.clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
        // 100 KB of question: a stem no TEXT column holds ("Data too long" from the database before)
        List<BankItem> read = GiftReader.read("::Long question::" + "长".repeat(34_000) + "{T}\n\n::Short::短。{F}\n",
                Language.ZH, "GX").items();
        assertEquals(2, read.size());

        BankRefused refused = assertThrows(BankRefused.class, () -> writer.write(
                List.of(new BankWriter.Batch("EX-1", null, read, "gift", "GIFT")), "admin"));

        assertEquals(List.of(new ContentProblem("GIFT", 0, "GX-long-question", "content.item.tooLong",
                        "GX-long-question", "stem.zh", 65_535),
                new ContentProblem("GIFT", 0, "GX-long-question", "content.item.tooLong",
                        "GX-long-question", "stem.en", 65_535)), refused.problems());
        assertTrue(exams.all().isEmpty());
    }
}
