package academy.anxin.services.application;

import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.Listings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The listing workflow. An organization's admin applies for their own organization, or changes its entry (only
 * their own: anyone else is refused); a platform admin verifies or refuses the waiting version with a reason, or
 * withdraws a listed entry. Every step is audited, and announced ({@link ListingChanged}) so that the directory's
 * search stays current.
 */
@ApplicationScoped
public class ListingService {

    @Inject
    Listings listings;

    @Inject
    OrganizationService organizations;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ListingChanged> changed;

    /** The organization's listing, for its admins. */
    @Transactional
    public ListingView ofOrganization(Caller caller, long organizationId) {
        OrganizationView organization = administered(caller, organizationId);
        return listings.ofOrganization(organizationId)
                .map(l -> ListingView.of(l, organization.nameZh(), organization.nameEn()))
                .orElse(ListingView.none(organizationId, organization.nameZh(), organization.nameEn()));
    }

    /**
     * Applies to be listed, or submits a change: the details wait for a platform admin's verification, and a
     * listed version stays public meanwhile.
     */
    @Transactional
    public void submit(Caller caller, long organizationId, ListingDraft draft) {
        administered(caller, organizationId);
        ListingDetails details = ListingDetails.of(draft);
        Listing listing = listings.ofOrganization(organizationId).orElse(null);
        String action = "LISTING_APPLIED";
        if (listing == null) {
            listing = Listing.apply(organizationId, details, caller.actor(), clock.instant());
        } else {
            action = listing.status() == ListingStatus.LISTED ? "LISTING_CHANGE_SUBMITTED" : "LISTING_APPLIED";
            listing.submit(details, caller.actor(), clock.instant());
        }
        listings.save(listing);
        changed.fire(new ListingChanged(organizationId));
        audit.record(new AuditRecord(caller.actor(), action, subject(organizationId),
                "version:" + listing.pending().orElseThrow().id() + " code:" + details.creditCode(),
                caller.address()));
    }

    /** Every listing with a version waiting, oldest first, then the others: for platform admins. */
    @Transactional
    public List<ListingView> all(Caller caller) {
        Map<Long, OrganizationView> names = organizations.all(requirePlatformAdmin(caller)).stream()
                .collect(Collectors.toMap(OrganizationView::id, Function.identity()));
        return listings.all().stream()
                .map(l -> {
                    OrganizationView o = names.get(l.organizationId());
                    return ListingView.of(l, o == null ? "" : o.nameZh(), o == null ? "" : o.nameEn());
                })
                .sorted(Comparator.comparing((ListingView v) -> !v.isWaiting())
                        .thenComparing(v -> v.submittedAt() == null ? v.organizationId()
                                : v.submittedAt().toEpochMilli()))
                .toList();
    }

    @Transactional
    public void verify(Caller caller, long organizationId, long seenVersionId) {
        requirePlatformAdmin(caller);
        Listing listing = found(organizationId);
        listing.verify(seenVersionId, caller.actor(), clock.instant());
        listings.save(listing);
        changed.fire(new ListingChanged(organizationId));
        audit.record(new AuditRecord(caller.actor(), "LISTING_VERIFIED", subject(organizationId),
                "version:" + seenVersionId, caller.address()));
    }

    @Transactional
    public void refuse(Caller caller, long organizationId, long seenVersionId, String reason) {
        requirePlatformAdmin(caller);
        Listing listing = found(organizationId);
        listing.refuse(seenVersionId, reason, clock.instant());
        listings.save(listing);
        changed.fire(new ListingChanged(organizationId));
        audit.record(new AuditRecord(caller.actor(), "LISTING_REFUSED", subject(organizationId),
                "version:" + seenVersionId + " reason:" + listing.refusalReason(), caller.address()));
    }

    @Transactional
    public void withdraw(Caller caller, long organizationId, String reason) {
        requirePlatformAdmin(caller);
        Listing listing = found(organizationId);
        listing.withdraw(reason, clock.instant());
        listings.save(listing);
        changed.fire(new ListingChanged(organizationId));
        audit.record(new AuditRecord(caller.actor(), "LISTING_WITHDRAWN", subject(organizationId),
                "reason:" + listing.withdrawalReason(), caller.address()));
    }

    /** The organization, once the caller holds ORG_ADMIN there (a platform admin decides; they do not apply). */
    private OrganizationView administered(Caller caller, long organizationId) {
        if (!organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            throw new AccessDenied();
        }
        return organizations.organization(caller, organizationId);
    }

    private Caller requirePlatformAdmin(Caller caller) {
        if (!accounts.account(caller).platformAdmin()) {
            throw new AccessDenied();
        }
        return caller;
    }

    private Listing found(long organizationId) {
        return listings.ofOrganization(organizationId)
                .orElseThrow(() -> new DomainException("listing.nothingWaiting"));
    }

    private static String subject(long organizationId) {
        return "organization:" + organizationId;
    }
}
