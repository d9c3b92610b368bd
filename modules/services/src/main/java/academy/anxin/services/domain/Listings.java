package academy.anxin.services.domain;

import java.util.List;
import java.util.Optional;

/** The listings' store ({@code svc_listing}, {@code svc_listing_version}). */
public interface Listings {

    Optional<Listing> ofOrganization(long organizationId);

    /**
     * Writes a new or changed listing (and any version not yet stored); refuses one changed by someone else since
     * it was read ({@code listing.changedMeanwhile}).
     */
    void save(Listing listing);

    /** Every listing, in any status. */
    List<Listing> all();
}
