package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.ContentProblem;

/** Thrown while reading one field of a content file; the reader records it and goes on with the next field. */
public final class ContentFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ContentProblem problem;

    public ContentFault(ContentProblem problem) {
        super(problem == null ? "recorded" : problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** A fault whose problems were recorded already, one by one: it only stops the reading of the whole. */
    public static ContentFault recorded() {
        return new ContentFault(null);
    }

    /** The problem, or {@code null} for {@link #recorded()}. */
    public ContentProblem problem() {
        return problem;
    }
}
