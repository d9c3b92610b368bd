package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem of a content folder, so one import reports all of them rather than the first. */
public final class ContentProblems {

    private final List<ContentProblem> found = new ArrayList<>();

    /** Reads one field; on a fault remembers it and returns {@code null}. */
    public <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ContentFault fault) {
            if (fault.problem() != null) {
                found.add(fault.problem());
            }
            return null;
        }
    }

    public void check(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    public void add(ContentProblem problem) {
        found.add(problem);
    }

    public int count() {
        return found.size();
    }

    public List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
