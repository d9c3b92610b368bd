package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The platform admin's review of questions brought in from other banks: they wait as drafts until the admin has
 * read them and activates them; one still in one language cannot be activated (every exam is bilingual).
 */
@ApplicationScoped
public class BankReview {

    @Inject
    Exams exams;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A draft as the reviewer reads it: its stored id, the question, where it came from, and its language state. */
    public record Draft(long id, BankItem item, String source, boolean needsTranslation) {
    }

    @Transactional
    public List<Draft> drafts(String examCode) {
        known(examCode);
        return exams.drafts(examCode).stream()
                .map(d -> new Draft(d.id(), d.toBankItem(), d.source(), d.needsTranslation())).toList();
    }

    /** Activates the chosen drafts of one exam, all or none; returns how many were activated. */
    @Transactional
    public int activate(String examCode, Collection<Long> ids, String actor) {
        known(examCode);
        if (ids.isEmpty()) {
            throw new DomainException("items", "assessment.item.noneChosen");
        }
        Map<Long, StoredItem> found = exams.byIds(ids);
        Instant now = clock.instant();
        List<String> activated = new ArrayList<>();
        for (Long id : ids) {
            StoredItem item = found.get(id);
            if (item == null || !item.examCode().equals(examCode)) {
                throw new DomainException("items", "assessment.item.unknown", id);
            }
            if (item.isDraft()) {
                item.activate(actor, now);
                activated.add(item.itemCode() + " v" + item.version());
            }
        }
        if (!activated.isEmpty()) {
            audit.record(new AuditRecord(actor, "EXAM_ITEMS_ACTIVATED", "exam:" + examCode,
                    String.join(", ", activated.subList(0, Math.min(activated.size(), 12)))
                            + (activated.size() > 12 ? " and " + (activated.size() - 12) + " more" : ""), null));
        }
        return activated.size();
    }

    private void known(String examCode) {
        exams.exam(examCode).orElseThrow(() -> new DomainException("exam", "assessment.exam.unknown", examCode));
    }
}
