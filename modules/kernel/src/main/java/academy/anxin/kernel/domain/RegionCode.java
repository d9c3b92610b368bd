package academy.anxin.kernel.domain;

import java.util.Set;

/**
 * An administrative division code (行政区划代码, GB/T 2260): six digits, two for the province, two for the
 * prefecture (city), two for the county (district). {@code 110000} is Beijing, {@code 110100} its city districts,
 * {@code 110105} Chaoyang. The province pair must be one GB/T 2260 assigns; whether the rest names a division that
 * exists is the region table's concern ({@link Regions}).
 */
public record RegionCode(String text) implements java.io.Serializable {

    /** The province-level pairs GB/T 2260 assigns (including Taiwan 71, Hong Kong 81 and Macao 82). */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82");

    public RegionCode {
        if (!isValid(text)) {
            throw new DomainException("region", "region.invalid", text == null ? "" : text);
        }
    }

    public static RegionCode parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("region", "validation.required");
        }
        return new RegionCode(typed.strip());
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        // a county pair without its prefecture pair names nothing
        return PROVINCES.contains(code.substring(0, 2)) && !(code.startsWith("00", 2) && !code.endsWith("00"));
    }

    public boolean isProvince() {
        return text.endsWith("0000");
    }

    public boolean isPrefecture() {
        return !isProvince() && text.endsWith("00");
    }

    /** The province this code lies in ({@code 110105} → {@code 110000}). */
    public RegionCode province() {
        return new RegionCode(text.substring(0, 2) + "0000");
    }

    /** The prefecture this code lies in, or the province for a province. */
    public RegionCode prefecture() {
        return isProvince() ? this : new RegionCode(text.substring(0, 4) + "00");
    }

    /** True when {@code other} lies within this division (a province holds its cities and their districts). */
    public boolean contains(RegionCode other) {
        if (isProvince()) {
            return other.text.startsWith(text.substring(0, 2));
        }
        if (isPrefecture()) {
            return other.text.startsWith(text.substring(0, 4));
        }
        return other.text.equals(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
