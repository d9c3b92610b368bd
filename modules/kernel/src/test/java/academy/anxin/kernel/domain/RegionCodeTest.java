package academy.anxin.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void sixDigitsUnderAnAssignedProvince() {
        assertTrue(RegionCode.isValid("110105"));
        assertTrue(RegionCode.isValid("420000"));
        assertTrue(RegionCode.isValid("810000"));
        assertFalse(RegionCode.isValid("990000"), "no province 99");
        assertFalse(RegionCode.isValid("00000"), "five digits");
        assertFalse(RegionCode.isValid("11010a"));
        assertFalse(RegionCode.isValid("1101055"));
        assertFalse(RegionCode.isValid("110005"), "a county without its prefecture");
        DomainException refused = assertThrows(DomainException.class, () -> RegionCode.parse("12345"));
        assertEquals("region", refused.field());
        assertEquals("region.invalid", refused.messageKey());
    }

    @Test
    void levelsAndContainment() {
        RegionCode hubei = new RegionCode("420000");
        RegionCode wuhan = new RegionCode("420100");
        RegionCode wuchang = new RegionCode("420106");
        assertTrue(hubei.isProvince());
        assertTrue(wuhan.isPrefecture());
        assertEquals(wuhan, wuchang.prefecture());
        assertEquals(hubei, wuchang.province());
        assertTrue(hubei.contains(wuchang));
        assertTrue(wuhan.contains(wuchang));
        assertTrue(wuchang.contains(wuchang));
        assertFalse(wuchang.contains(wuhan));
        assertFalse(new RegionCode("440100").contains(wuchang));
    }

    @Test
    void namedAsFarAsTheTableKnows() {
        Regions regions = new Regions(List.of(
                new Regions.Region(new RegionCode("110000"), "北京市", "Beijing"),
                new Regions.Region(new RegionCode("110105"), "朝阳区", "Chaoyang District"),
                new Regions.Region(new RegionCode("420000"), "湖北省", "Hubei"),
                new Regions.Region(new RegionCode("420100"), "武汉市", "Wuhan")));
        assertEquals("北京市朝阳区", regions.describe(new RegionCode("110105"), Language.ZH));
        assertEquals("Chaoyang District, Beijing", regions.describe(new RegionCode("110105"), Language.EN));
        assertEquals("湖北省武汉市", regions.describe(new RegionCode("420106"), Language.ZH));
        assertEquals("510107", regions.describe(new RegionCode("510107"), Language.ZH));
    }
}
