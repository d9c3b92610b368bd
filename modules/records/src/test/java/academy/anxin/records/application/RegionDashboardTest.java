package academy.anxin.records.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.PracticeSessions;
import academy.anxin.records.domain.Readiness;
import academy.anxin.records.domain.RegionSummaries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's assembly: figures per organization and summed, small counts suppressed column by column. */
class RegionDashboardTest {

    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");

    private static OrganizationView org(long id, String name, String region) {
        return new OrganizationView(id, name, name, OrganizationKind.HOTLINE, "广州", region);
    }

    @Test
    void aSmallOrganizationsCountsAreHiddenAndCannotBeWorkedOutFromTheSum() {
        Readiness big = new Readiness();
        big.add(Readiness.rank(Tier.L2), Readiness.bit(Endorsement.YOUTH), 30);
        big.add(Readiness.rank(Tier.L3), 0, 8);
        Readiness middle = new Readiness();
        middle.add(Readiness.rank(Tier.L2), 0, 12);
        Readiness small = new Readiness();
        small.add(Readiness.rank(Tier.L2), Readiness.bit(Endorsement.YOUTH), 3);
        RegionDashboardView view = RegionDashboard.assemble(new RegionCode("440100"),
                List.of(org(1, "甲", "440113"), org(2, "乙", "440106"), org(3, "丙", "440106")),
                Map.of(1L, big, 2L, middle, 3L, small),
                Map.of(1L, new RegionSummaries.OrganizationFigures(600, 300, 0, 6),
                        2L, new RegionSummaries.OrganizationFigures(90, 90, 0, 0),
                        3L, new RegionSummaries.OrganizationFigures(30, 30, 2, 2)),
                Map.of(1L, new PracticeSessions.Waiting(7, NOW.minus(Duration.ofDays(4)))), NOW, "2026-01");

        RegionDashboardView.Row first = view.organizations().get(0);
        RegionDashboardView.Row third = view.organizations().get(2);
        assertEquals("38", first.volunteers().text());
        assertEquals("—", view.organizations().get(1).volunteers().text(), "12, withheld with the small one");
        assertEquals("< 5", third.volunteers().text());
        assertEquals("53", view.total().volunteers().text(), "3 hidden, 12 withheld: the sum gives away 15, not 3");
        // L2 as the highest tier: 30, 12, 3 → the 3 is small, the 12 withheld with it
        assertEquals(List.of("30", "—", "< 5"), view.organizations().stream()
                .map(r -> r.byTier().get(Tier.L2.ordinal()).text()).toList());
        assertEquals("45", view.total().byTier().get(Tier.L2.ordinal()).text());
        // youth at medium risk: 30 and 3 (and 0) → 3 small, 30 withheld, the zero shown
        RegionDashboardView.Line medium = third.readiness().get(Readiness.Level.MEDIUM.ordinal());
        assertEquals("< 5", medium.byEndorsement().get(Endorsement.YOUTH.ordinal()).text());
        assertEquals("—", first.readiness().get(Readiness.Level.MEDIUM.ordinal()).byEndorsement()
                .get(Endorsement.YOUTH.ordinal()).text());
        assertEquals(10.0, first.serviceHoursAll());
        assertEquals(12.0, view.total().serviceHoursAll());
        assertEquals("7", first.waiting().text());
        assertEquals(4L, first.oldestWaitingDays());
        assertNull(third.oldestWaitingDays());
        assertEquals(4L, view.total().oldestWaitingDays());
        assertEquals("< 5", third.expiring30().text());
    }
}
