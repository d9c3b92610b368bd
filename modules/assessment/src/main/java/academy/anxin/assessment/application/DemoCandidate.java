package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Attempt;
import academy.anxin.assessment.domain.AttemptItem;
import academy.anxin.assessment.domain.Attempts;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.identity.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * For demonstration data only ({@code --demo}): a well-prepared candidate who knows the bank. It answers through
 * the same save path a volunteer's page uses, so the attempt is graded, audited and announced like any other. No
 * page or resource may call it: it reads keys, which never leave the server otherwise.
 */
@ApplicationScoped
public class DemoCandidate {

    @Inject
    ExamSitting sitting;

    @Inject
    Attempts attempts;

    @Inject
    Exams exams;

    /** Answers the first {@code count} positions of an open attempt; {@code right} says whether correctly. */
    @Transactional
    public void answer(Caller caller, long attemptId, int count, boolean right) {
        Attempt attempt = attempts.find(attemptId).orElseThrow();
        List<AttemptItem> items = attempt.items();
        for (int position = 0; position < Math.min(count, items.size()); position++) {
            AttemptItem drawn = items.get(position);
            StoredItem item = exams.byIds(List.of(drawn.itemId())).get(drawn.itemId());
            List<Integer> key = item.toBankItem().key();
            List<Integer> shown = right ? drawn.toShown(key) : List.of(drawn.toShown(key).get(0) == 0 ? 1 : 0);
            sitting.save(caller, attemptId, position, drawn.itemType() == academy.anxin.assessment.domain.ItemType.ORDERING
                    && !right ? List.of() : shown);
        }
    }
}
