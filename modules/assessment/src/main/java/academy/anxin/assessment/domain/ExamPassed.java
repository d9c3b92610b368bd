package academy.anxin.assessment.domain;

import java.time.Instant;

/**
 * Published when a volunteer passes a certification exam: the credentials context counts it as evidence. The
 * score is the share of items right; {@code serves} is the tier or endorsement the exam certifies.
 */
public record ExamPassed(long personId, String examCode, String servesKind, String servesCode, double score,
                         long attemptId, Instant at) {
}
