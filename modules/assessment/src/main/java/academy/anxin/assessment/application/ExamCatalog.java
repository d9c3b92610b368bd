package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The exams as the platform admin lists them: what each serves, its bank's size, and how many it draws. */
@ApplicationScoped
public class ExamCatalog {

    @Inject
    Exams exams;

    public record ExamRow(String code, int version, LocalizedText title, String servesKind, String servesCode,
                          long currentItems, long itemVersions, int drawn, int needingTranslation,
                          int drafts) {
    }

    @Transactional
    public List<ExamRow> rows() {
        return exams.all().stream().map(this::row).toList();
    }

    /** Each exam's title by its code, without reading any bank: for reports that name exams. */
    @Transactional
    public Map<String, LocalizedText> titles() {
        return exams.all().stream().collect(Collectors.toMap(Exam::code, Exam::title, (a, b) -> a));
    }

    private ExamRow row(Exam exam) {
        List<StoredItem> items = exams.items(exam.code());
        List<StoredItem> current = items.stream().filter(StoredItem::isCurrent).toList();
        return new ExamRow(exam.code(), exam.version(), exam.title(), exam.servesKind(), exam.servesCode(),
                current.size(), items.size(), exam.blueprint().itemCount(),
                (int) current.stream().filter(StoredItem::needsTranslation).count(),
                (int) current.stream().filter(StoredItem::isDraft).count());
    }
}
