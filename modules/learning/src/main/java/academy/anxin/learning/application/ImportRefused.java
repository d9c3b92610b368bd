package academy.anxin.learning.application;

import academy.anxin.kernel.domain.ContentProblem;
import java.util.List;

/** Problems found only against the database; thrown inside the import transaction so that it rolls back whole. */
class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    ImportRefused(List<ContentProblem> problems) {
        super(problems.size() + " content problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
