package academy.anxin.kernel.domain;

import java.util.List;

/** Several fields of one request were refused at once, so that a form can show every problem in one round. */
public class InvalidInput extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<DomainException> problems;

    public InvalidInput(List<DomainException> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<DomainException> problems() {
        return problems;
    }
}
