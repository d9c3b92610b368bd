package academy.anxin.services.application;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingVersion;
import academy.anxin.services.domain.Listings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Listings kept in memory with the store's promises: versions get ids when first saved, and a listing changed since
 * it was read is refused. Saved listings are copied, so a test sees what was stored, not the object it changed.
 */
final class InMemoryListings implements Listings {

    private final Map<Long, Listing> rows = new TreeMap<>();
    private long nextVersion = 1;

    @Override
    public Optional<Listing> ofOrganization(long organizationId) {
        return Optional.ofNullable(rows.get(organizationId)).map(l -> copy(l, l.version()));
    }

    @Override
    public void save(Listing listing) {
        Listing stored = rows.get(listing.organizationId());
        if ((stored == null && listing.version() != 0) || (stored != null && stored.version() != listing.version())) {
            throw new DomainException("listing.changedMeanwhile");
        }
        for (Optional<ListingVersion> version : List.of(listing.published(), listing.pending(), listing.refused())) {
            if (version.isPresent() && version.get().id() == null) {
                version.get().stored(nextVersion++);
            }
        }
        rows.put(listing.organizationId(), copy(listing, listing.version() + 1));
    }

    @Override
    public List<Listing> all() {
        return new ArrayList<>(rows.values().stream().map(l -> copy(l, l.version())).toList());
    }

    private static Listing copy(Listing l, int version) {
        return Listing.restore(l.organizationId(), l.published().orElse(null), l.verifiedAt(), l.verifiedBy(),
                l.pending().orElse(null), l.refused().orElse(null), l.refusalReason(), l.refusedAt(), l.withdrawnAt(),
                l.withdrawalReason(),
                version);
    }
}
