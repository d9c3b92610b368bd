package academy.anxin.kernel.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the refusals of several fields so that all are reported together.
 * <pre>{@code
 * Validation check = new Validation();
 * PersonName name = check.field(() -> PersonName.of(form.name()));
 * EmailAddress email = check.field(() -> EmailAddress.of(form.email()));
 * check.throwIfAny();   // InvalidInput with both problems, or nothing
 * }</pre>
 */
public final class Validation {

    private final List<DomainException> problems = new ArrayList<>();

    /** Runs one field's check; on refusal remembers it and returns {@code null}. */
    public <T> T field(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput many) {
            problems.addAll(many.problems());
            return null;
        } catch (DomainException refusal) {
            problems.add(refusal);
            return null;
        }
    }

    public void refuse(DomainException problem) {
        problems.add(problem);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
