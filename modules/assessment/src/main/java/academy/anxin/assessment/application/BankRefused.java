package academy.anxin.assessment.application;

import academy.anxin.kernel.domain.ContentProblem;
import java.util.List;

/** Thrown inside the writing transaction when the database shows a problem the files did not: rolls it all back. */
class BankRefused extends RuntimeException {

    private final transient List<ContentProblem> problems;

    BankRefused(List<ContentProblem> problems) {
        super(problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
