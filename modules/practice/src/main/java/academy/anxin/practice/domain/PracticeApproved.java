package academy.anxin.practice.domain;

import java.time.Instant;

/** A supervisor approved a practice session (minutes negative for an approved reversal). For other contexts. */
public record PracticeApproved(long sessionId, long volunteerId, long organizationId, int minutes, Modality modality,
                               Population population, RiskLevel riskLevel, Instant at) {
}
