package academy.anxin.practice.application;

import academy.anxin.practice.domain.ObservedIn;
import java.time.LocalDate;
import java.util.Map;

/** What a supervisor enters to record an assessment; every field is checked by {@link Assessments#record}. */
public record AssessmentForm(Long volunteerId, Long organizationId, String rubricCode, ObservedIn observedIn,
                             LocalDate observedOn, Map<String, Integer> levels, String comment) {
}
