package academy.anxin.services.application;

import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.ListingVersion;
import java.time.Instant;

/**
 * A listing as its organization's admins and the platform admins see it: the verified version (public while
 * listed), the version waiting for verification, and the last refusal or the withdrawal with its reason.
 * {@code pendingVersionId} is what a platform admin's decision names, so that a version replaced meanwhile is not
 * decided unseen.
 */
public record ListingView(long organizationId, String organizationNameZh, String organizationNameEn,
                          ListingStatus status, ListingDetails published, Instant verifiedAt, ListingDetails pending,
                          Long pendingVersionId, Instant submittedAt, String refusalReason, Instant refusedAt,
                          Instant withdrawnAt, String withdrawalReason) implements java.io.Serializable {

    static ListingView of(Listing listing, String nameZh, String nameEn) {
        ListingVersion pending = listing.pending().orElse(null);
        return new ListingView(listing.organizationId(), nameZh, nameEn, listing.status(),
                listing.published().map(ListingVersion::details).orElse(null), listing.verifiedAt(),
                pending == null ? null : pending.details(), pending == null ? null : pending.id(),
                pending == null ? null : pending.submittedAt(), listing.refusalReason(), listing.refusedAt(),
                listing.withdrawnAt(), listing.withdrawalReason());
    }

    /** An organization that has not applied yet. */
    static ListingView none(long organizationId, String nameZh, String nameEn) {
        return new ListingView(organizationId, nameZh, nameEn, ListingStatus.NOT_LISTED, null, null, null, null,
                null, null, null, null, null);
    }

    public boolean isWaiting() {
        return pending != null;
    }

    /** What the form starts from: the waiting version, else the verified one, else nothing. */
    public ListingDetails latest() {
        return pending != null ? pending : published;
    }
}
