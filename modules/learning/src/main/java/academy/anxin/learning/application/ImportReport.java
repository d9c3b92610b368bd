package academy.anxin.learning.application;

import academy.anxin.kernel.domain.ContentProblem;
import java.util.List;

/**
 * What one import did: the course and micro-lesson versions it added ("L1-PFA v2"), how many were unchanged, or,
 * when refused, every problem found; a refused import wrote nothing.
 */
public record ImportReport(List<String> added, int unchanged, List<ContentProblem> problems)
        implements java.io.Serializable {

    public ImportReport {
        added = List.copyOf(added);
        problems = List.copyOf(problems);
    }

    static ImportReport refused(List<ContentProblem> problems) {
        return new ImportReport(List.of(), 0, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public boolean changed() {
        return !added.isEmpty();
    }
}
