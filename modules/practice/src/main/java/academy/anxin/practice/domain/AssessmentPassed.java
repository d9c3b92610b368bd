package academy.anxin.practice.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervisor recorded a competency assessment whose levels meet its rubric's pass rule. For other contexts:
 * credentials re-weighs the volunteer's evidence.
 */
public record AssessmentPassed(long assessmentId, long volunteerId, long organizationId, String rubricCode,
                               LocalDate observedOn, Instant at) {
}
