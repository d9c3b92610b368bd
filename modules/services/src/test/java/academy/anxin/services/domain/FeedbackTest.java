package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aCommentIsHiddenOnceWithAReason() {
        Feedback feedback = Feedback.received(7, new FeedbackAnswer(1, false, false, "骂人的话"),
                LocalDate.of(2026, 12, 6));
        assertEquals("serviceFeedback.hide.reasonRequired",
                assertThrows(DomainException.class, () -> feedback.hideComment(" ", "person:1", NOW)).messageKey());
        feedback.hideComment("辱骂接线员", "person:1", NOW);
        assertTrue(feedback.isHidden());
        assertEquals("辱骂接线员", feedback.hiddenReason());
        assertEquals("serviceFeedback.alreadyHidden",
                assertThrows(DomainException.class, () -> feedback.hideComment("again", "person:1", NOW))
                        .messageKey());
    }

    @Test
    void anAnswerWithoutACommentHasNothingToHide() {
        Feedback feedback = Feedback.received(7, new FeedbackAnswer(1, false, false, null), LocalDate.of(2026, 12, 6));
        assertEquals("serviceFeedback.noComment",
                assertThrows(DomainException.class, () -> feedback.hideComment("x", "person:1", NOW)).messageKey());
    }
}
