package academy.anxin.services.application;

import academy.anxin.services.domain.ListingStatus;
import java.time.Instant;

/**
 * The public check page of one organization (/help/check/{id}), what the "verified by the platform" mark links
 * to: its name, the listing's status now and since when, and for a listed one its verified entry.
 */
public record PublicCheck(long organizationId, String name, ListingStatus status, Instant since,
                          PublicListing listing) {
}
