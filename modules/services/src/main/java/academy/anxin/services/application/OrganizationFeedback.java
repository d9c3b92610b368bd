package academy.anxin.services.application;

import academy.anxin.services.domain.FeedbackTally;
import academy.anxin.services.domain.ListingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An organization's feedback as its admins see it: the listing's standing (only a listed organization receives
 * answers), each of the last twelve months with its count and averages (suppressed under five answers, as for
 * everyone), the twelve months together, and the comments newest first. A hidden comment's text is not carried:
 * only that it was hidden, when and why.
 */
public record OrganizationFeedback(long organizationId, ListingStatus status, List<Month> months, long count,
                                   FeedbackTally.Averages averages, List<Comment> comments) implements java.io.Serializable {

    public OrganizationFeedback {
        months = List.copyOf(months);
        comments = List.copyOf(comments);
    }

    public record Month(YearMonth month, long count, FeedbackTally.Averages averages) implements java.io.Serializable {
    }

    public record Comment(long id, LocalDate receivedOn, int rating, String text, boolean hidden,
                          String hiddenReason, Instant hiddenAt) implements java.io.Serializable {
    }
}
