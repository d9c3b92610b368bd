package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Exams and their item versions kept in a map, for unit tests of the use cases; ids are given as the database would. */
final class InMemoryExams implements Exams {

    private final Map<String, Exam> exams = new LinkedHashMap<>();
    private final Map<Long, StoredItem> items = new LinkedHashMap<>();
    private final Map<Long, String> examOf = new HashMap<>();
    private long nextId = 1;

    @Override
    public Optional<Exam> exam(String code) {
        return Optional.ofNullable(exams.get(code));
    }

    @Override
    public List<Exam> all() {
        return List.copyOf(exams.values());
    }

    @Override
    public void add(Exam exam) {
        exams.put(exam.code(), exam);
    }

    /** Adds an item version to an exam's bank. */
    void add(String examCode, StoredItem item) {
        long id = nextId++;
        GeneratedIds.assign(item, id);
        items.put(id, item);
        examOf.put(id, examCode);
    }

    @Override
    public void add(StoredItem item) {
        add(item.examCode(), item);
    }

    @Override
    public List<StoredItem> items(String examCode) {
        return items.values().stream().filter(i -> examCode.equals(examOf.get(i.id()))).toList();
    }

    @Override
    public List<StoredItem> current(String examCode) {
        return items(examCode).stream().filter(StoredItem::isCurrent).toList();
    }

    @Override
    public Map<Long, StoredItem> byIds(Collection<Long> ids) {
        Map<Long, StoredItem> found = new HashMap<>();
        ids.stream().filter(items::containsKey).forEach(id -> found.put(id, items.get(id)));
        return found;
    }

    @Override
    public String currentMark(String examCode) {
        // exact here: the drawn ids themselves
        return current(examCode).stream().filter(StoredItem::isDrawable).map(i -> String.valueOf(i.id()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    public List<StoredItem> drafts(String examCode) {
        return current(examCode).stream().filter(StoredItem::isDraft).toList();
    }
}
