package academy.anxin.services.application;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Regions;
import academy.anxin.search.application.ListingDocument;
import academy.anxin.search.application.ListingSearch;
import academy.anxin.services.domain.DirectoryQuery;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.ListingVersion;
import academy.anxin.services.domain.Listings;
import academy.anxin.services.domain.SearchWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    @Inject
    ListingSearch search;

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
     * Every organization on the platform found by the text, with its listing's standing; listed ones first. The
     * search module's index finds names and a listing's words in Chinese and English ("哀伤 武昌", "Wuchang
     * bereavement"); beside it a plain match of the text in the names, so that an organization founded since the
     * index last heard of it, or any while the index is being built at start, is still told for what it is.
     */
    public List<NameCheck> byName(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.codePointCount(0, wanted.length()) > MAX_NAME_QUERY) {
            throw new DomainException("name", "validation.tooLong", MAX_NAME_QUERY);
        }
        Set<Long> indexed = new HashSet<>(search.find(wanted).orElse(List.of()));
        String needle = wanted.toLowerCase(Locale.ROOT);
        Map<Long, Listing> byOrganization = self.stored().stream()
                .collect(Collectors.toMap(Listing::organizationId, Function.identity()));
        List<NameCheck> found = new ArrayList<>();
        for (OrganizationView organization : organizations.directory()) {
            Listing listing = byOrganization.get(organization.id());
            if (indexed.contains(organization.id()) || names(organization, listing).stream()
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))) {
                found.add(nameCheck(organization, listing));
            }
        }
        return found.stream().sorted(Comparator.comparing(NameCheck::status).thenComparing(NameCheck::name))
                .limit(MAX_NAME_MATCHES).toList();
    }

    /**
     * What the search module indexes of every organization on the platform: its names, and the words of its
     * verified listing (region, populations, accessibility, kind, addresses and hours) in Chinese and English.
     * An organization that is not listed is found by its names only, so that its standing is told.
     */
    public List<ListingDocument> searchDocuments() {
        Map<Long, Listing> byOrganization = self.stored().stream()
                .collect(Collectors.toMap(Listing::organizationId, Function.identity()));
        return organizations.directory().stream()
                .map(o -> searchDocument(o, byOrganization.get(o.id()))).toList();
    }

    /** One organization's document, or nothing for a number no organization has. */
    public Optional<ListingDocument> searchDocument(long organizationId) {
        return organizations.directory().stream().filter(o -> o.id() == organizationId).findFirst()
                .map(o -> searchDocument(o, self.storedOf(organizationId).orElse(null)));
    }

    private ListingDocument searchDocument(OrganizationView organization, Listing listing) {
        List<String> namesZh = new ArrayList<>(List.of(organization.nameZh()));
        namesZh.addAll(names(null, listing));
        List<String> wordsZh = new ArrayList<>();
        List<String> wordsEn = new ArrayList<>();
        if (listing != null && listing.status() == ListingStatus.LISTED) {
            ListingDetails d = listing.published().orElseThrow().details();
            wordsZh.add(regions.describe(d.region(), Language.ZH));
            wordsEn.add(regions.describe(d.region(), Language.EN));
            SearchWords.Words kind = SearchWords.KINDS.get(d.kind());
            List<SearchWords.Words> words = new ArrayList<>(List.of(kind));
            d.populations().forEach(p -> words.add(SearchWords.POPULATIONS.get(p)));
            d.accessibility().forEach(a -> words.add(SearchWords.ACCESSIBILITY.get(a)));
            words.forEach(w -> {
                wordsZh.add(w.zh());
                wordsEn.add(w.en());
            });
            wordsZh.add(d.walkInAddress());
            wordsZh.add(d.walkInHours());
            d.hotlines().forEach(h -> wordsZh.add(h.hours()));
        }
        return new ListingDocument(organization.id(), namesZh, List.of(organization.nameEn()), wordsZh, wordsEn);
    }

    /** The names an organization goes by: registered (when given), and as its listing's versions give them. */
    private static List<String> names(OrganizationView organization, Listing listing) {
        List<String> names = new ArrayList<>();
        if (organization != null) {
            names.add(organization.nameZh());
            names.add(organization.nameEn());
        }
        if (listing != null) {
            listing.published().ifPresent(v -> names.add(v.details().legalName()));
            listing.pending().ifPresent(v -> names.add(v.details().legalName()));
            listing.refused().ifPresent(v -> names.add(v.details().legalName()));
        }
        names.removeIf(n -> n == null || n.isBlank());
        return names;
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
