package academy.anxin.credentials.domain;

import java.util.List;
import java.util.Objects;

/**
 * How far a person is with one requirement: met or not, on what basis, the current and target numbers for a
 * progress bar, and a message key with arguments for the sentence under it (codes such as a modality are passed
 * as codes, for the page to label in its own language).
 */
public record RequirementResult(RequirementId id, Requirement requirement, Basis basis, long current, long target,
                                Unit unit, String messageKey, List<Object> arguments, String recognition) {

    /** Why a requirement counts as met, or that it does not. */
    public enum Basis {
        EVIDENCE, RECOGNITION, UNMET
    }

    /** What {@code current} and {@code target} count. */
    public enum Unit {
        COURSES, PERCENT, MINUTES, MONTHS, CREDENTIALS, LESSONS, ASSESSMENTS, SESSIONS
    }

    public RequirementResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        if ((basis == Basis.RECOGNITION) != (recognition != null)) {
            throw new IllegalArgumentException("recognition " + recognition + " with basis " + basis);
        }
    }

    public boolean met() {
        return basis != Basis.UNMET;
    }

    /** From 0 to 1, for the width of a progress bar; 1 whenever the requirement is met. */
    public double fraction() {
        if (met()) {
            return 1;
        }
        return target <= 0 ? 0 : Math.max(0, Math.min(1, (double) current / target));
    }
}
