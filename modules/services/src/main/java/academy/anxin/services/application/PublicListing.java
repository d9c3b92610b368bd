package academy.anxin.services.application;

import academy.anxin.services.domain.ListingDetails;
import java.time.Instant;
import java.util.Map;

/**
 * A listed organization as the public directory shows it: the verified details, when they were verified, and how
 * many of its members hold a valid credential of each kind ({@code "L2" → 12}), counted live by credentials.
 */
public record PublicListing(long organizationId, ListingDetails details, Instant verifiedAt,
                            Map<String, Long> validHolders) {

    public PublicListing {
        validHolders = Map.copyOf(validHolders);
    }
}
