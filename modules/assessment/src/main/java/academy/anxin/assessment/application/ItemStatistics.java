package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.ItemAnalysis;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The platform admin's item statistics for one exam, from its submitted attempts: per item version the p-value,
 * the corrected point-biserial, distractor counts and flags; for the exam the pass rate and score distribution.
 */
@ApplicationScoped
public class ItemStatistics {

    @Inject
    Exams exams;

    @Inject
    Attempts attempts;

    public record Report(String examCode, LocalizedText title, ItemAnalysis.ExamStatistics exam, List<Row> items) {

        public Report {
            items = List.copyOf(items);
        }
    }

    /** One item version: what it asked, its options (for the distractor counts), and its statistics. */
    public record Row(String itemCode, int version, boolean current, ItemType type, LocalizedText stem,
                      List<LocalizedText> options, List<Integer> key, ItemAnalysis.ItemStatistics statistics) {

        public Row {
            options = List.copyOf(options);
            key = List.copyOf(key);
        }
    }

    @Transactional
    public Report of(String examCode) {
        Exam exam = exams.exam(examCode).orElseThrow(() -> new DomainException(null, "assessment.exam.unknown",
                examCode));
        List<Attempt> submitted = attempts.submitted(examCode);
        Map<Long, Map<Integer, List<Integer>>> answers = attempts.answers(submitted.stream().map(Attempt::id).toList());
        Map<Long, List<ItemAnalysis.Response>> responses = new HashMap<>();
        List<Double> fractions = new ArrayList<>();
        for (Attempt attempt : submitted) {
            fractions.add((double) attempt.scoreRight() / attempt.scoreTotal());
            List<AttemptItem> items = attempt.items();
            for (int position = 0; position < items.size(); position++) {
                AttemptItem item = items.get(position);
                List<Integer> chosen = answers.getOrDefault(attempt.id(), Map.of()).getOrDefault(position, List.of());
                // an ordering's "choice" is every option, so it has no distractors to count
                responses.computeIfAbsent(item.itemId(), id -> new ArrayList<>()).add(new ItemAnalysis.Response(
                        Boolean.TRUE.equals(item.correct()),
                        item.itemType() == ItemType.ORDERING ? new HashSet<>() : new HashSet<>(chosen),
                        attempt.scoreRight()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (StoredItem stored : exams.items(examCode)) {
            List<ItemAnalysis.Response> seen = responses.getOrDefault(stored.id(), List.of());
            if (seen.isEmpty() && !stored.isCurrent()) {
                continue;
            }
            BankItem item = stored.toBankItem();
            rows.add(new Row(item.id(), item.version(), stored.isCurrent(), item.type(), item.stem(), item.options(),
                    item.key(), ItemAnalysis.of(seen, item.options().size())));
        }
        return new Report(examCode, exam.title(), ItemAnalysis.exam(fractions, exam.blueprint().passMark()), rows);
    }
}
