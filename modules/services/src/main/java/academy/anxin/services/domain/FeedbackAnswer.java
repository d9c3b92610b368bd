package academy.anxin.services.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.IdentifyingDetails;
import academy.anxin.kernel.domain.Validation;
import java.util.List;

/**
 * What someone served answers about a listed organization (服务反馈), in under a minute and without an account: how
 * helpful it was (1 to 5), whether they felt respected, whether they were told where to get more help, and an
 * optional comment. The comment must identify nobody: kernel's {@link IdentifyingDetails}, the guard practice
 * reflections pass, refuses phone numbers, resident ID numbers and email addresses and names what it found.
 * Nothing here identifies the person who answers, by design.
 */
public record FeedbackAnswer(int rating, boolean respected, boolean toldWhereToGetMoreHelp, String comment) {

    /** The {@code svc_feedback.comment} column; about five minutes' typing on a phone, more than anyone needs. */
    public static final int COMMENT_LENGTH = 500;

    public FeedbackAnswer {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /**
     * Checks a typed answer field by field ({@code rating}, {@code respected}, {@code toldMoreHelp},
     * {@code comment}); a missing choice is refused, as is a comment that is too long or identifies someone.
     */
    public static FeedbackAnswer of(Integer rating, Boolean respected, Boolean toldMoreHelp, String comment) {
        Validation check = new Validation();
        if (rating == null) {
            check.refuse(new DomainException("rating", "serviceFeedback.required"));
        } else if (rating < 1 || rating > 5) {
            check.refuse(new DomainException("rating", "serviceFeedback.rating.range"));
        }
        if (respected == null) {
            check.refuse(new DomainException("respected", "serviceFeedback.required"));
        }
        if (toldMoreHelp == null) {
            check.refuse(new DomainException("toldMoreHelp", "serviceFeedback.required"));
        }
        String text = comment == null ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > COMMENT_LENGTH) {
            check.refuse(new DomainException("comment", "serviceFeedback.comment.tooLong", COMMENT_LENGTH));
        } else if (text != null) {
            List<IdentifyingDetails.Finding> found = IdentifyingDetails.in(text);
            if (!found.isEmpty()) {
                IdentifyingDetails.Finding first = found.get(0);
                check.refuse(new DomainException("comment", "serviceFeedback.comment.identifies." + first.kind().name(),
                        text.substring(first.start(), first.end())));
            }
        }
        check.throwIfAny();
        return new FeedbackAnswer(rating, respected, toldMoreHelp, text);
    }
}
