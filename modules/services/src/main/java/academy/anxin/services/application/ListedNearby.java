package academy.anxin.services.application;

import academy.anxin.kernel.domain.Language;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.DirectoryQuery;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only questions case matching (the dispatch context) asks of the directory: the region an organization is
 * listed in, and the other listed (verified) organizations of the same city that serve a case's population by its
 * channel, language and accessibility. Reads only what {@link Directory} reads; writes nothing.
 */
@ApplicationScoped
public class ListedNearby {

    @Inject
    Directory directory;

    /** A listed organization as a referral names it: who, where, and how to reach it. */
    public record Nearby(long organizationId, String legalName, String regionCode, String regionZh, String regionEn,
                         List<String> hotlines, String chatAddress, String walkInAddress) implements java.io.Serializable {

        public Nearby {
            hotlines = List.copyOf(hotlines);
        }
    }

    /** The region code of the organization's verified listing, if it is listed. */
    public Optional<String> regionOf(long organizationId) {
        return directory.storedOf(organizationId).filter(l -> l.status() == ListingStatus.LISTED)
                .flatMap(Listing::published).map(v -> v.details().region().text());
    }

    /**
     * Listed organizations other than {@code exceptOrganization} in the same city (prefecture) as {@code region}
     * that serve the population, by the channel, in the language and with the accessibility asked (each may be
     * null or empty: not narrowing), by name.
     */
    public List<Nearby> sameCity(String region, long exceptOrganization, Population population, Channel channel,
                                 ServiceLanguage language, Set<Accessibility> accessibility) {
        if (region == null || !RegionCode.isValid(region)) {
            return List.of();
        }
        RegionCode city = new RegionCode(region.startsWith("00", 2) ? region : region.substring(0, 4) + "00");
        DirectoryQuery query = new DirectoryQuery(city, population, channel, language, accessibility);
        return directory.stored().stream()
                .filter(l -> l.status() == ListingStatus.LISTED && l.organizationId() != exceptOrganization)
                .filter(l -> query.matches(l.published().orElseThrow().details()))
                .map(l -> nearby(l.organizationId(), l.published().orElseThrow().details()))
                .sorted(Comparator.comparing(Nearby::legalName))
                .toList();
    }

    private Nearby nearby(long organizationId, ListingDetails details) {
        return new Nearby(organizationId, details.legalName(), details.region().text(),
                directory.regionName(details.region(), Language.ZH), directory.regionName(details.region(), Language.EN),
                details.hotlines().stream().map(h -> h.hours().isEmpty() ? h.number() : h.number() + " (" + h.hours()
                        + ")").toList(), details.chatAddress(), details.walkInAddress());
    }
}
