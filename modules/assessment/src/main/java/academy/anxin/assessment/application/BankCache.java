package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item versions in memory. A stored item version never changes, so it is read from the database once; an exam's
 * current bank is read again only when its mark (newest id and count of current items) moves. A cohort starting
 * together then costs one small query each instead of the whole bank.
 */
@ApplicationScoped
public class BankCache {

    @Inject
    Exams exams;

    /** What an exam draws now (current, active, translated versions), and the stored id of each item code. */
    public record Bank(List<BankItem> items, Map<String, Long> ids) {
    }

    private record Marked(String mark, Bank bank) {
    }

    private final Map<String, Marked> banks = new ConcurrentHashMap<>();
    private final Map<Long, BankItem> versions = new ConcurrentHashMap<>();

    /** Must run inside a transaction. */
    public Bank current(String examCode) {
        String mark = exams.currentMark(examCode);
        Marked cached = banks.get(examCode);
        if (cached != null && cached.mark().equals(mark)) {
            return cached.bank();
        }
        List<BankItem> items = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (StoredItem stored : exams.current(examCode)) {
            if (!stored.isDrawable()) {
                continue; // a draft, or still in one language
            }
            BankItem item = stored.toBankItem();
            versions.putIfAbsent(stored.id(), item);
            items.add(item);
            ids.put(item.id(), stored.id());
        }
        Bank bank = new Bank(List.copyOf(items), Map.copyOf(ids));
        banks.put(examCode, new Marked(mark, bank));
        return bank;
    }

    /** Item versions by stored id. Must run inside a transaction. */
    public Map<Long, BankItem> versions(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !versions.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            exams.byIds(missing).forEach((id, stored) -> versions.putIfAbsent(id, stored.toBankItem()));
        }
        Map<Long, BankItem> found = new HashMap<>();
        for (Long id : ids) {
            found.put(id, versions.get(id));
        }
        return found;
    }
}
