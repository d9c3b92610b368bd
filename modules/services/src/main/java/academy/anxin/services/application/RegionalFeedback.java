package academy.anxin.services.application;

import academy.anxin.services.domain.FeedbackTally;
import academy.anxin.kernel.domain.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Feedback averages in a region for a period, for the regional coordinators: one row per organization whose
 * verified listing lies in the region (by name), and the region as a whole. Averages from fewer than five answers
 * are suppressed ({@link FeedbackTally.Averages#isSuppressed()}).
 */
public record RegionalFeedback(RegionCode region, LocalDate from, LocalDate to,
                               List<OrganizationAverages> organizations, FeedbackTally.Averages regionAverages) {

    public RegionalFeedback {
        organizations = List.copyOf(organizations);
    }

    public record OrganizationAverages(long organizationId, String name, RegionCode region,
                                       FeedbackTally.Averages averages) {
    }
}
