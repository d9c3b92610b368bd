package academy.anxin.records.application;

import academy.anxin.records.domain.Readiness;
import academy.anxin.records.domain.SmallCounts.Shown;
import java.util.List;

/**
 * A region's dashboard as a coordinator sees it: one row per organization in the region and the sum. Counts are
 * {@link Shown} (a count, "&lt; 5" or "—"); nothing names a person.
 *
 * @param region the division shown (GB/T 2260 code)
 * @param recentFrom the first month ("YYYY-MM") counted in {@link Row#serviceHoursRecent()}
 */
public record RegionDashboardView(String region, List<Row> organizations, Row total, String recentFrom) {

    /**
     * One organization (names null for the sum): its volunteers, by highest valid tier (L1 to L4), who could serve
     * at each level, service hours approved recently and all told, sessions waiting for sign-off and the oldest's
     * age in days (null when none waits), credentials whose validity ends within 30 and 90 days.
     */
    public record Row(String nameZh, String nameEn, String regionCode, Shown volunteers, List<Shown> byTier,
                      List<Line> readiness, double serviceHoursRecent, double serviceHoursAll, Shown waiting,
                      Long oldestWaitingDays, Shown expiring30, Shown expiring90) {
    }

    /** At one level: who could serve the general public, and each population with its own endorsement. */
    public record Line(Readiness.Level level, Shown anyPopulation, List<Shown> byEndorsement) {
    }
}
