package academy.anxin.credentials.domain;

import java.time.Instant;

/**
 * One call of the verification API, as asked and as answered, for the record: the key that called, what it asked,
 * allowed or not ({@code null} when nothing was decided), the outcome ({@code ALLOWED}, {@code DENIED},
 * {@code UNKNOWN}, or why it was refused: {@code RATE_LIMITED}, {@code TOO_LARGE}, {@code MALFORMED}), the numbers
 * of the credentials that decided it, and when. No personal data beyond those numbers.
 */
public record VerificationCall(long apiKeyId, String asked, Boolean allowed, String outcome, String decidedBy,
                               Instant at) {
}
