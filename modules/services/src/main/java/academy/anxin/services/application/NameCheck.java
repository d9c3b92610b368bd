package academy.anxin.services.application;

import academy.anxin.services.domain.ListingStatus;
import java.time.Instant;

/**
 * An organization whose name matched a search, with where its listing stands: the answer that makes a fake
 * recognisable ("not listed", "listing refused", "withdrawn on ..."). {@code since} is the verification, refusal
 * or withdrawal date, {@code null} when it was never listed.
 */
public record NameCheck(long organizationId, String name, ListingStatus status, Instant since) {
}
