package academy.anxin.credentials.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a credential alive: within the current validity period, so many continuing-education lessons and so
 * many approved practice minutes. Zero means that part is not asked for.
 */
public record RenewalRule(int lessons, int practiceMinutes) {

    public RenewalRule {
        if (lessons < 0 || practiceMinutes < 0) {
            throw new IllegalArgumentException("renewal " + lessons + " lessons, " + practiceMinutes + " minutes");
        }
    }

    public List<Requirement> requirements() {
        List<Requirement> requirements = new ArrayList<>();
        if (lessons > 0) {
            requirements.add(new Requirement.LessonsInPeriod(lessons));
        }
        if (practiceMinutes > 0) {
            requirements.add(new Requirement.PracticeInPeriod(practiceMinutes));
        }
        return List.copyOf(requirements);
    }
}
