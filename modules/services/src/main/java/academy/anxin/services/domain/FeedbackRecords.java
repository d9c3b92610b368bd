package academy.anxin.services.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where feedback is kept ({@code svc_feedback}), and the sums the trends and averages are told from. */
public interface FeedbackRecords {

    void add(Feedback feedback);

    Optional<Feedback> find(long id);

    /** Records the comment's hiding (a hidden comment is never shown again). */
    void saveHiding(Feedback feedback);

    /** The organization's answers with a comment, newest first, at most {@code limit}. */
    List<Feedback> withComments(long organizationId, int limit);

    /** The organization's answers per month, from {@code from} to {@code to} inclusive (months with none absent). */
    Map<YearMonth, FeedbackTally> monthly(long organizationId, YearMonth from, YearMonth to);

    /** Each given organization's answers received from {@code from} to {@code to} inclusive (none: absent). */
    Map<Long, FeedbackTally> perOrganization(Collection<Long> organizationIds, LocalDate from, LocalDate to);
}
