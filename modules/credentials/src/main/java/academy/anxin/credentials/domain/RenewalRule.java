package academy.anxin.credentials.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a credential alive: within the current validity period, so many continuing-education lessons, so
 * many approved practice minutes, and a passed competency assessment on each rubric named. Zero (or no rubric)
 * means that part is not asked for.
 */
public record RenewalRule(int lessons, int practiceMinutes, List<String> assessments) {

    public RenewalRule {
        if (lessons < 0 || practiceMinutes < 0) {
            throw new IllegalArgumentException("renewal " + lessons + " lessons, " + practiceMinutes + " minutes");
        }
        assessments = List.copyOf(assessments);
    }

    /** A renewal that asks for no assessment. */
    public RenewalRule(int lessons, int practiceMinutes) {
        this(lessons, practiceMinutes, List.of());
    }

    public List<Requirement> requirements() {
        List<Requirement> requirements = new ArrayList<>();
        if (lessons > 0) {
            requirements.add(new Requirement.LessonsInPeriod(lessons));
        }
        if (practiceMinutes > 0) {
            requirements.add(new Requirement.PracticeInPeriod(practiceMinutes));
        }
        assessments.forEach(code -> requirements.add(new Requirement.AssessmentInPeriod(code)));
        return List.copyOf(requirements);
    }
}
