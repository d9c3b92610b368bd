package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an exam is made and passed: how many items to draw per competency, the time limit, the pass mark (fraction
 * of items right), how many attempts and how long to wait between them, and the courses to complete first.
 */
public record Blueprint(String examCode, Map<String, Integer> draw, Duration timeLimit, double passMark,
                        int attemptLimit, Duration cooldown, List<String> requiredCourses) {

    public Blueprint {
        draw = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(draw));
        requiredCourses = List.copyOf(requiredCourses);
        if (passMark <= 0 || passMark > 1) {
            throw new DomainException("passMark", "assessment.blueprint.passMark");
        }
    }

    public int itemCount() {
        return draw.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The time allowed to a volunteer whose registered needs ask for extended time (half as long again). */
    public Duration timeLimit(boolean extended) {
        return extended ? timeLimit.plus(timeLimit.dividedBy(2)) : timeLimit;
    }
}
