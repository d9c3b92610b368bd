package academy.anxin.learning.application;

import academy.anxin.kernel.domain.ContentProblem;
import java.util.List;

/**
 * What one import did: the course and micro-lesson versions it added ("L1-PFA v2"), how many were unchanged, or,
 * when refused, every problem found; a refused import wrote nothing. Warnings (stated minutes far from a lesson's
 * estimate) come with either and never stop an import.
 */
public record ImportReport(List<String> added, int unchanged, List<ContentProblem> problems,
                           List<ContentProblem> warnings) implements java.io.Serializable {

    public ImportReport {
        added = List.copyOf(added);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static ImportReport refused(List<ContentProblem> problems) {
        return new ImportReport(List.of(), 0, problems, List.of());
    }

    ImportReport warning(List<ContentProblem> found) {
        return new ImportReport(added, unchanged, problems, found);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public boolean changed() {
        return !added.isEmpty();
    }
}
