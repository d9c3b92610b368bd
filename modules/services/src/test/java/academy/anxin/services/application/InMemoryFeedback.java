package academy.anxin.services.application;

import academy.anxin.services.domain.Feedback;
import academy.anxin.services.domain.FeedbackRecords;
import academy.anxin.services.domain.FeedbackTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Feedback kept in a list, summed as the store's SQL sums it, for tests without a database. */
final class InMemoryFeedback implements FeedbackRecords {

    final List<Feedback> kept = new ArrayList<>();

    @Override
    public void add(Feedback feedback) {
        feedback.stored(kept.size() + 1L);
        kept.add(feedback);
    }

    @Override
    public Optional<Feedback> find(long id) {
        return kept.stream().filter(f -> f.id() == id).findFirst();
    }

    @Override
    public void saveHiding(Feedback feedback) {
        // the kept object is the one hidden
    }

    @Override
    public List<Feedback> withComments(long organizationId, int limit) {
        return kept.stream().filter(f -> f.organizationId() == organizationId && f.answer().comment() != null)
                .sorted(Comparator.comparing(Feedback::receivedOn).thenComparing(Feedback::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public Map<YearMonth, FeedbackTally> monthly(long organizationId, YearMonth from, YearMonth to) {
        Map<YearMonth, FeedbackTally> months = new TreeMap<>();
        kept.stream().filter(f -> f.organizationId() == organizationId)
                .filter(f -> !YearMonth.from(f.receivedOn()).isBefore(from) && !YearMonth.from(f.receivedOn()).isAfter(to))
                .forEach(f -> months.merge(YearMonth.from(f.receivedOn()), FeedbackTally.of(f.answer()),
                        FeedbackTally::plus));
        return months;
    }

    @Override
    public Map<Long, FeedbackTally> perOrganization(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        Map<Long, FeedbackTally> sums = new HashMap<>();
        kept.stream().filter(f -> organizationIds.contains(f.organizationId()))
                .filter(f -> !f.receivedOn().isBefore(from) && !f.receivedOn().isAfter(to))
                .forEach(f -> sums.merge(f.organizationId(), FeedbackTally.of(f.answer()), FeedbackTally::plus));
        return sums;
    }
}
