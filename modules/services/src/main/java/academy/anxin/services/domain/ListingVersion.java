package academy.anxin.services.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One submitted version of a listing: its details, who submitted it and when. Versions are kept (never changed), so
 * what the public saw on a given day can be told; {@code id} is the store's, {@code null} until it is written.
 */
public final class ListingVersion {

    private Long id;
    private final ListingDetails details;
    private final String submittedBy;
    private final Instant submittedAt;

    public ListingVersion(Long id, ListingDetails details, String submittedBy, Instant submittedAt) {
        this.id = id;
        this.details = Objects.requireNonNull(details);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long id() {
        return id;
    }

    /** The store's id, once written. */
    public void stored(long storedId) {
        if (id != null) {
            throw new IllegalStateException("version already stored as " + id);
        }
        id = storedId;
    }

    public ListingDetails details() {
        return details;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
