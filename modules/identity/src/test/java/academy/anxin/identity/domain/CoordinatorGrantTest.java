package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoordinatorGrantTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private static CoordinatorGrant of(String region) {
        return CoordinatorGrant.grant(7, new RegionCode(region), 1, NOW);
    }

    @Test
    void aDistrictSeesItselfACityItsDistrictsAProvinceItsCities() {
        RegionCode panyu = new RegionCode("440113");
        RegionCode tianhe = new RegionCode("440106");
        RegionCode guangzhou = new RegionCode("440100");
        RegionCode futian = new RegionCode("440304");
        assertTrue(of("440113").reaches(panyu));
        assertFalse(of("440113").reaches(tianhe), "a neighbouring district");
        assertFalse(of("440113").reaches(guangzhou), "a district does not see its city");
        assertTrue(of("440100").reaches(panyu));
        assertTrue(of("440100").reaches(tianhe));
        assertTrue(of("440100").reaches(guangzhou));
        assertFalse(of("440100").reaches(futian), "Shenzhen is another city");
        assertTrue(of("440000").reaches(futian));
        assertTrue(of("440000").reaches(guangzhou));
        assertFalse(of("440000").reaches(new RegionCode("420106")), "another province");
    }

    @Test
    void aWithdrawnGrantReachesNothingAndIsWithdrawnOnce() {
        CoordinatorGrant grant = of("440113");
        grant.withdraw(1, NOW.plusSeconds(60));
        assertFalse(grant.isActive());
        assertFalse(grant.reaches(new RegionCode("440113")));
        assertThrows(DomainException.class, () -> grant.withdraw(1, NOW.plusSeconds(120)));
    }
}
