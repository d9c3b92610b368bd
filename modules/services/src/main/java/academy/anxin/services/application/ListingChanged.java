package academy.anxin.services.application;

/**
 * An organization's listing changed (applied, verified, refused, withdrawn, a change submitted); fired by
 * {@link ListingService} inside the transaction, observed after it commits to keep the directory's search current.
 */
public record ListingChanged(long organizationId) {
}
