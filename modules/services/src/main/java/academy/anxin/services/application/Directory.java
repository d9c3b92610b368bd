package academy.anxin.services.application;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Regions;
import academy.anxin.services.domain.DirectoryQuery;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.ListingVersion;
import academy.anxin.services.domain.Listings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public directory of verified services, for anyone without an account: listed entries matching a search, an
 * organization's standing when searched by name (listed or not, refused, withdrawn), and one organization's check
 * page. Reads run in steps, each context in its own transaction (see {@code CredentialRegistry}).
 */
@ApplicationScoped
public class Directory {

    public static final int MAX_NAME_QUERY = 100;
    static final int MAX_NAME_MATCHES = 20;

    @Inject
    Listings listings;

    @Inject
    OrganizationService organizations;

    @Inject
    CredentialRegistry credentials;

    @Inject
    Regions regions;

    @Inject
    Directory self;

    /** Listed entries matching the query, by region then name. */
    public List<PublicListing> search(DirectoryQuery query) {
        return self.stored().stream()
                .filter(l -> l.status() == ListingStatus.LISTED)
                .filter(l -> query.matches(l.published().orElseThrow().details()))
                .sorted(Comparator.comparing((Listing l) -> l.published().orElseThrow().details().region().text())
                        .thenComparing(l -> l.published().orElseThrow().details().legalName()))
                .map(this::publicListing)
                .toList();
    }

    /**
     * Every organization on the platform whose name (as registered, or as its listing gives it) contains the
     * text, with its listing's standing; listed ones first.
     */
    public List<NameCheck> byName(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.codePointCount(0, wanted.length()) > MAX_NAME_QUERY) {
            throw new DomainException("name", "validation.tooLong", MAX_NAME_QUERY);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        Map<Long, Listing> byOrganization = self.stored().stream()
                .collect(Collectors.toMap(Listing::organizationId, Function.identity()));
        List<NameCheck> found = new ArrayList<>();
        for (OrganizationView organization : organizations.directory()) {
            Listing listing = byOrganization.get(organization.id());
            List<String> names = new ArrayList<>(List.of(organization.nameZh(), organization.nameEn()));
            if (listing != null) {
                listing.published().ifPresent(v -> names.add(v.details().legalName()));
                listing.pending().ifPresent(v -> names.add(v.details().legalName()));
                listing.refused().ifPresent(v -> names.add(v.details().legalName()));
            }
            if (names.stream().anyMatch(n -> n != null && n.toLowerCase(Locale.ROOT).contains(needle))) {
                found.add(nameCheck(organization, listing));
            }
        }
        return found.stream().sorted(Comparator.comparing(NameCheck::status).thenComparing(NameCheck::name))
                .limit(MAX_NAME_MATCHES).toList();
    }

    /** One organization's public check, or nothing for a number no organization has. */
    public Optional<PublicCheck> check(long organizationId) {
        Optional<OrganizationView> organization = organizations.directory().stream()
                .filter(o -> o.id() == organizationId).findFirst();
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = self.storedOf(organizationId).orElse(null);
        NameCheck standing = nameCheck(organization.get(), listing);
        PublicListing shown = listing != null && listing.status() == ListingStatus.LISTED
                ? publicListing(listing) : null;
        return Optional.of(new PublicCheck(organizationId, standing.name(), standing.status(), standing.since(),
                shown));
    }

    /** The named divisions, for the region choice. */
    public List<Regions.Region> regions() {
        return List.copyOf(regions.all());
    }

    /** A region's name as far as the table knows it ("北京市朝阳区", "Chaoyang District, Beijing"). */
    public String regionName(RegionCode code, Language language) {
        return regions.describe(code, language);
    }

    @Transactional
    public List<Listing> stored() {
        return listings.all();
    }

    @Transactional
    public Optional<Listing> storedOf(long organizationId) {
        return listings.ofOrganization(organizationId);
    }

    private PublicListing publicListing(Listing listing) {
        return new PublicListing(listing.organizationId(), listing.published().orElseThrow().details(),
                listing.verifiedAt(), credentials.validHoldersByKind(listing.organizationId()));
    }

    private static NameCheck nameCheck(OrganizationView organization, Listing listing) {
        if (listing == null) {
            return new NameCheck(organization.id(), organization.nameZh(), ListingStatus.NOT_LISTED, null);
        }
        String name = listing.published().or(listing::refused).map(ListingVersion::details)
                .map(d -> d.legalName()).orElse(organization.nameZh());
        Instant since = switch (listing.status()) {
            case LISTED -> listing.verifiedAt();
            case WITHDRAWN -> listing.withdrawnAt();
            case REFUSED -> listing.refusedAt();
            case NOT_LISTED -> null;
        };
        return new NameCheck(organization.id(), name, listing.status(), since);
    }
}
