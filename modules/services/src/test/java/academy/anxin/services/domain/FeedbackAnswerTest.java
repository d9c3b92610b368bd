package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackAnswerTest {

    private static DomainException refused(Integer rating, Boolean respected, Boolean told, String comment) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> FeedbackAnswer.of(rating, respected, told, comment));
        return refused.problems().get(0);
    }

    @Test
    void aCleanAnswerIsTakenWithTheCommentStripped() {
        FeedbackAnswer answer = FeedbackAnswer.of(4, true, false, "  接线员很耐心，也告诉我可以打12356。 ");
        assertEquals(new FeedbackAnswer(4, true, false, "接线员很耐心，也告诉我可以打12356。"), answer);
        assertNull(FeedbackAnswer.of(5, false, true, "   ").comment(), "a blank comment is no comment");
    }

    @Test
    void aPhoneNumberIdNumberOrEmailIsRefusedWithWhatWasFound() {
        DomainException phone = refused(5, true, true, "请回电 138 0013 8000 谢谢");
        assertEquals("comment", phone.field());
        assertEquals("serviceFeedback.comment.identifies.PHONE", phone.messageKey());
        assertEquals(List.of("138 0013 8000"), phone.arguments());
        assertEquals("serviceFeedback.comment.identifies.RESIDENT_ID",
                refused(3, true, true, "我的身份证 11010519491231002X").messageKey());
        assertEquals("serviceFeedback.comment.identifies.EMAIL",
                refused(3, true, true, "write to me: li.ming@example.com").messageKey());
    }

    @Test
    void everyChoiceIsNeededAndTheRatingIsOneToFive() {
        InvalidInput none = assertThrows(InvalidInput.class, () -> FeedbackAnswer.of(null, null, null, null));
        assertEquals(List.of("rating", "respected", "toldMoreHelp"),
                none.problems().stream().map(DomainException::field).toList());
        assertEquals("serviceFeedback.rating.range", refused(0, true, true, null).messageKey());
        assertEquals("serviceFeedback.rating.range", refused(6, true, true, null).messageKey());
    }

    @Test
    void aCommentLongerThanTheColumnIsRefusedCountingCharactersNotBytes() {
        FeedbackAnswer.of(3, true, true, "好".repeat(FeedbackAnswer.COMMENT_LENGTH));
        DomainException tooLong = refused(3, true, true, "好".repeat(FeedbackAnswer.COMMENT_LENGTH + 1));
        assertEquals("serviceFeedback.comment.tooLong", tooLong.messageKey());
    }
}
