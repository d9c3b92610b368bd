package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem of a content folder, so one import reports all of them rather than the first. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    /** Reads one field; on a fault remembers it and returns {@code null}. */
    <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ContentFault fault) {
            if (fault.problem() != null) {
                found.add(fault.problem());
            }
            return null;
        }
    }

    void check(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    void add(ContentProblem problem) {
        found.add(problem);
    }

    int count() {
        return found.size();
    }

    List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
