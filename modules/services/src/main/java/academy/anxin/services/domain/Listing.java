package academy.anxin.services.domain;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization's entry in the public directory (服务信息). Its admin applies with a version of the details; a
 * platform admin verifies it (it is then listed and shows its verification date) or refuses it with a reason. A
 * change to a listed entry waits for verification as a new version while the verified one stays public; a refused
 * change leaves the verified one as it was. A platform admin may withdraw a listed entry with a reason; a new
 * application, once verified, lists it again. One waiting version at a time: a second edit replaces the first.
 */
public final class Listing {

    public static final int MAX_REASON = 500;

    private final long organizationId;
    private ListingVersion published;
    private Instant verifiedAt;
    private String verifiedBy;
    private ListingVersion pending;
    private ListingVersion refused;
    private String refusalReason;
    private Instant refusedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private final int version;

    private Listing(long organizationId, int version) {
        this.organizationId = organizationId;
        this.version = version;
    }

    /** A first application: nothing public until it is verified. */
    public static Listing apply(long organizationId, ListingDetails details, String by, Instant at) {
        Listing listing = new Listing(organizationId, 0);
        listing.submit(details, by, at);
        return listing;
    }

    /** A listing as the store holds it. */
    public static Listing restore(long organizationId, ListingVersion published, Instant verifiedAt,
                                  String verifiedBy, ListingVersion pending, ListingVersion refused,
                                  String refusalReason, Instant refusedAt,
                                  Instant withdrawnAt, String withdrawalReason, int version) {
        Listing listing = new Listing(organizationId, version);
        listing.published = published;
        listing.verifiedAt = verifiedAt;
        listing.verifiedBy = verifiedBy;
        listing.pending = pending;
        listing.refused = refused;
        listing.refusalReason = refusalReason;
        listing.refusedAt = refusedAt;
        listing.withdrawnAt = withdrawnAt;
        listing.withdrawalReason = withdrawalReason;
        return listing;
    }

    /** A new version for verification; the verified one, if any, stays public meanwhile. */
    public void submit(ListingDetails details, String by, Instant at) {
        pending = new ListingVersion(null, Objects.requireNonNull(details), by, at);
        refused = null;
        refusalReason = null;
        refusedAt = null;
    }

    /**
     * The platform admin verifies the waiting version they read ({@code seenVersionId}); one the organization
     * replaced meanwhile is not verified unseen.
     */
    public void verify(long seenVersionId, String by, Instant at) {
        requirePending(seenVersionId);
        published = pending;
        pending = null;
        verifiedAt = at;
        verifiedBy = by;
        withdrawnAt = null;
        withdrawalReason = null;
    }

    public void refuse(long seenVersionId, String reason, Instant at) {
        String why = reason(reason);
        requirePending(seenVersionId);
        refused = pending;
        pending = null;
        refusalReason = why;
        refusedAt = at;
    }

    public void withdraw(String reason, Instant at) {
        String why = reason(reason);
        if (status() != ListingStatus.LISTED) {
            throw new DomainException("listing.notListed");
        }
        withdrawnAt = at;
        withdrawalReason = why;
    }

    public ListingStatus status() {
        if (withdrawnAt != null) {
            return ListingStatus.WITHDRAWN;
        }
        if (published != null) {
            return ListingStatus.LISTED;
        }
        return refusedAt != null && pending == null ? ListingStatus.REFUSED : ListingStatus.NOT_LISTED;
    }

    private void requirePending(long seenVersionId) {
        if (pending == null) {
            throw new DomainException("listing.nothingWaiting");
        }
        if (pending.id() == null || pending.id() != seenVersionId) {
            throw new DomainException("listing.changedMeanwhile");
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "listing.reason.required");
        }
        String text = reason.strip();
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new DomainException("reason", "validation.tooLong", MAX_REASON);
        }
        return text;
    }

    public long organizationId() {
        return organizationId;
    }

    /** The verified version the public sees (while listed), if any. */
    public Optional<ListingVersion> published() {
        return Optional.ofNullable(published);
    }

    /** The version waiting for verification, if any. */
    public Optional<ListingVersion> pending() {
        return Optional.ofNullable(pending);
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    /** The version last refused, kept so that a search for the name it gave finds the refusal. */
    public Optional<ListingVersion> refused() {
        return Optional.ofNullable(refused);
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant refusedAt() {
        return refusedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public int version() {
        return version;
    }

    /** The latest details, waiting or verified: what the organization's admin edits next. */
    public Optional<ListingDetails> latest() {
        return pending().or(this::published).map(ListingVersion::details);
    }
}
