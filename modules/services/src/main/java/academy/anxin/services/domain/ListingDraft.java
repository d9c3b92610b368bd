package academy.anxin.services.domain;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.practice.domain.Population;
import java.util.List;
import java.util.Set;

/**
 * What an organization's admin typed into the listing form, unchecked: {@link ListingDetails#of} checks it. Blank
 * hotline rows are ignored; a hotline is a number and its hours.
 */
public record ListingDraft(String legalName, String creditCode, OrganizationKind kind, String region,
                           List<HotlineRow> hotlines, String chatAddress, String walkInAddress, String walkInHours,
                           Set<Population> populations, Set<ServiceLanguage> languages,
                           Set<Accessibility> accessibility) {

    public record HotlineRow(String number, String hours) {

        boolean isBlank() {
            return (number == null || number.isBlank()) && (hours == null || hours.isBlank());
        }
    }

    public ListingDraft {
        hotlines = hotlines == null ? List.of() : List.copyOf(hotlines);
        populations = populations == null ? Set.of() : Set.copyOf(populations);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
    }
}
