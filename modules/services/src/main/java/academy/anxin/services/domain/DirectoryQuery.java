package academy.anxin.services.domain;

import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.practice.domain.Population;
import java.util.EnumSet;
import java.util.Set;

/**
 * What someone looking for help asks the directory: a region (a listing in a district answers a search for its
 * city or province), whom they are, how they want to reach the service, a language, and accessibility they need
 * (every one asked for must be offered). Anything left empty does not narrow the search.
 */
public record DirectoryQuery(RegionCode region, Population population, Channel channel, ServiceLanguage language,
                             Set<Accessibility> accessibility) {

    public DirectoryQuery {
        accessibility = accessibility == null || accessibility.isEmpty() ? Set.of() : Set.copyOf(accessibility);
    }

    public static DirectoryQuery everything() {
        return new DirectoryQuery(null, null, null, null, EnumSet.noneOf(Accessibility.class));
    }

    public boolean matches(ListingDetails details) {
        return (region == null || region.contains(details.region()))
                && (population == null || details.populations().contains(population))
                && (channel == null || details.channels().contains(channel))
                && (language == null || details.languages().contains(language))
                && details.accessibility().containsAll(accessibility);
    }
}
