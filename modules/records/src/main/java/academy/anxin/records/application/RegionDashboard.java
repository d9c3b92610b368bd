package academy.anxin.records.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.application.RegionalCoordinators;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.records.domain.Readiness;
import academy.anxin.records.domain.RegionSummaries;
import academy.anxin.records.domain.SmallCounts.Shown;
import academy.anxin.records.domain.SmallCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A region's coordinator's dashboard (统一部署): for each organization placed in the region (or a division within
 * it) and summed, volunteers by tier and endorsement (who could serve which population at which risk level),
 * service hours, sign-off backlog and credentials expiring. Counts of people and sessions are shown by
 * {@link SmallCounts}; no person's name or record appears. Who may see which region is identity's
 * {@link RegionalCoordinators}: a code the caller's grants do not reach is refused, whatever was typed.
 *
 * <p>It reads records' summaries (kept current by events, see {@link RegionSummaryUpkeep}) by organization, and the
 * backlog from practice's queue index: what it reads grows with the region's organizations, not with the ledgers.
 */
@ApplicationScoped
public class RegionDashboard {

    /** Service hours "recently": the current month and the eleven before it. */
    static final int RECENT_MONTHS = 12;

    @Inject
    RegionalCoordinators coordinators;

    @Inject
    RegionSummaries summaries;

    @Inject
    PracticeLog practice;

    @Inject
    Clock clock;

    @Inject
    RegionDashboard self;

    /** The divisions the caller coordinates; empty for everyone else. */
    public List<RegionCode> regionsOf(Caller caller) {
        return coordinators.regionsOf(caller);
    }

    /**
     * The dashboard of {@code regionTyped}, or of the caller's first region when null; refused
     * ({@link AccessDenied}) when the caller coordinates no region reaching it, or typed no region code.
     */
    public RegionDashboardView of(Caller caller, String regionTyped) {
        RegionCode region;
        if (regionTyped == null || regionTyped.isBlank()) {
            region = coordinators.regionsOf(caller).stream().findFirst().orElseThrow(AccessDenied::new);
        } else {
            try {
                region = RegionCode.parse(regionTyped);
            } catch (DomainException notACode) {
                throw new AccessDenied();
            }
        }
        List<OrganizationView> organizations = coordinators.organizationsIn(caller, region);
        List<Long> ids = organizations.stream().map(OrganizationView::id).toList();
        Map<Long, PracticeSessions.Waiting> waiting = practice.waitingIn(ids);
        return self.assemble(region, organizations, waiting);
    }

    @Transactional
    public RegionDashboardView assemble(RegionCode region, List<OrganizationView> organizations,
                                        Map<Long, PracticeSessions.Waiting> waiting) {
        Instant now = clock.instant();
        String recentFrom = YearMonth.from(now.atZone(PlatformTime.ZONE)).minusMonths(RECENT_MONTHS - 1).toString();
        List<Long> ids = organizations.stream().map(OrganizationView::id).toList();
        Map<Long, Readiness> readiness = new HashMap<>();
        ids.forEach(id -> readiness.put(id, new Readiness()));
        for (RegionSummaries.ReadinessRow row : summaries.readiness(ids, now)) {
            readiness.get(row.organizationId()).add(row.tierRank(), row.endorsementMask(), row.volunteers());
        }
        Map<Long, RegionSummaries.OrganizationFigures> figures = summaries.figures(ids, now, recentFrom);
        return assemble(region, organizations, readiness, figures, waiting, now, recentFrom);
    }

    /** Puts the figures together and suppresses small counts column by column (organizations and their sum). */
    static RegionDashboardView assemble(RegionCode region, List<OrganizationView> organizations,
                                        Map<Long, Readiness> readiness,
                                        Map<Long, RegionSummaries.OrganizationFigures> figures,
                                        Map<Long, PracticeSessions.Waiting> waiting, Instant now, String recentFrom) {
        List<Long> ids = organizations.stream().map(OrganizationView::id).toList();
        SmallCounts.Column volunteers = column(ids, id -> readiness.get(id).volunteers());
        List<SmallCounts.Column> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(column(ids, id -> readiness.get(id).highestTier(tier)));
        }
        List<SmallCounts.Column> any = new ArrayList<>();
        List<List<SmallCounts.Column>> endorsed = new ArrayList<>();
        for (Readiness.Level level : Readiness.Level.values()) {
            any.add(column(ids, id -> readiness.get(id).couldServe(level)));
            List<SmallCounts.Column> row = new ArrayList<>();
            for (Endorsement e : Endorsement.values()) {
                row.add(column(ids, id -> readiness.get(id).couldServe(level, e)));
            }
            endorsed.add(row);
        }
        SmallCounts.Column backlog = column(ids, id -> waiting.containsKey(id) ? waiting.get(id).sessions() : 0L);
        SmallCounts.Column expiring30 = column(ids, id -> figures.get(id).expiring30());
        SmallCounts.Column expiring90 = column(ids, id -> figures.get(id).expiring90());

        List<RegionDashboardView.Row> rows = new ArrayList<>();
        long minutesAll = 0;
        long minutesRecent = 0;
        Instant oldestWaiting = null;
        for (int i = 0; i < organizations.size(); i++) {
            OrganizationView org = organizations.get(i);
            RegionSummaries.OrganizationFigures f = figures.get(org.id());
            minutesAll += f.serviceMinutesAll();
            minutesRecent += f.serviceMinutesRecent();
            PracticeSessions.Waiting w = waiting.get(org.id());
            Instant oldest = w == null ? null : w.oldestSubmittedAt();
            if (oldest != null && (oldestWaiting == null || oldest.isBefore(oldestWaiting))) {
                oldestWaiting = oldest;
            }
            rows.add(row(org.nameZh(), org.nameEn(), org.regionCode(), i, volunteers, tiers, any, endorsed,
                    f.serviceMinutesRecent(), f.serviceMinutesAll(), backlog, days(oldest, now), expiring30,
                    expiring90));
        }
        RegionDashboardView.Row total = row(null, null, region.text(), -1, volunteers, tiers, any, endorsed,
                minutesRecent, minutesAll, backlog, days(oldestWaiting, now), expiring30, expiring90);
        return new RegionDashboardView(region.text(), rows, total, recentFrom);
    }

    private static RegionDashboardView.Row row(String nameZh, String nameEn, String regionCode, int i,
                                               SmallCounts.Column volunteers, List<SmallCounts.Column> tiers,
                                               List<SmallCounts.Column> any,
                                               List<List<SmallCounts.Column>> endorsed, long minutesRecent,
                                               long minutesAll, SmallCounts.Column backlog, Long oldestDays,
                                               SmallCounts.Column expiring30, SmallCounts.Column expiring90) {
        Function<SmallCounts.Column, Shown> at = c -> i < 0 ? c.total() : c.parts().get(i);
        List<RegionDashboardView.Line> lines = new ArrayList<>();
        Readiness.Level[] levels = Readiness.Level.values();
        for (int l = 0; l < levels.length; l++) {
            lines.add(new RegionDashboardView.Line(levels[l], at.apply(any.get(l)),
                    endorsed.get(l).stream().map(at).toList()));
        }
        return new RegionDashboardView.Row(nameZh, nameEn, regionCode, at.apply(volunteers),
                tiers.stream().map(at).toList(), lines, hours(minutesRecent), hours(minutesAll), at.apply(backlog),
                oldestDays, at.apply(expiring30), at.apply(expiring90));
    }

    private static SmallCounts.Column column(List<Long> ids, Function<Long, Long> count) {
        return SmallCounts.column(ids.stream().map(count).toList());
    }

    private static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    private static Long days(Instant since, Instant now) {
        return since == null ? null : Duration.between(since, now).toDays();
    }
}
