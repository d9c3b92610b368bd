package academy.anxin.kernel.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named administrative divisions the platform knows (a small table, {@code content/services/regions.tsv}):
 * enough to name a listing's region and offer a choice on the public pages. A well-formed code outside the table is
 * still accepted, named by the nearest division that is in it.
 */
public final class Regions {

    public record Region(RegionCode code, String nameZh, String nameEn) {

        public String name(Language language) {
            return language == Language.EN ? nameEn : nameZh;
        }
    }

    private final Map<String, Region> byCode = new LinkedHashMap<>();

    public Regions(Collection<Region> regions) {
        regions.forEach(r -> byCode.put(r.code().text(), r));
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    public Optional<Region> named(RegionCode code) {
        return Optional.ofNullable(byCode.get(code.text()));
    }

    /**
     * The division's name down from what the table knows: "北京市朝阳区" in Chinese, "Chaoyang District, Beijing" in
     * English; the code itself when the table names none of its levels.
     */
    public String describe(RegionCode code, Language language) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (RegionCode level : new RegionCode[] {code.province(), code.prefecture(), code}) {
            Region region = byCode.get(level.text());
            if (region != null && !names.contains(region.name(language))) {
                names.add(region.name(language));
            }
        }
        if (names.isEmpty()) {
            return code.text();
        }
        if (language == Language.EN) {
            java.util.Collections.reverse(names);
            return String.join(", ", names);
        }
        return String.join("", names);
    }
}
