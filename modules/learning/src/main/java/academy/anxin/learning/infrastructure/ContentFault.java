package academy.anxin.learning.infrastructure;

import academy.anxin.learning.domain.ContentProblem;

/** Thrown while reading one field of a content file; the reader records it and goes on with the next field. */
final class ContentFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ContentProblem problem;

    ContentFault(ContentProblem problem) {
        super(problem == null ? "recorded" : problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** A fault whose problems were recorded already, one by one: it only stops the reading of the whole. */
    static ContentFault recorded() {
        return new ContentFault(null);
    }

    /** The problem, or {@code null} for {@link #recorded()}. */
    ContentProblem problem() {
        return problem;
    }
}
