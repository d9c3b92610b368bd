package academy.anxin.assessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exams and their banks, every item version kept. */
public interface Exams {

    Optional<Exam> exam(String code);

    List<Exam> all();

    void add(Exam exam);

    /** Every version of every item of an exam's bank. */
    List<StoredItem> items(String examCode);

    /** The items that are drawn now: the current version of each. */
    List<StoredItem> current(String examCode);

    /** The current versions that wait for a platform admin's activation. */
    List<StoredItem> drafts(String examCode);

    Map<Long, StoredItem> byIds(Collection<Long> ids);

    /** A cheap mark that changes whenever what an exam draws does (new versions, retirements, activations). */
    String currentMark(String examCode);

    void add(StoredItem item);
}
