package academy.anxin.practice.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rubrics in force, by code, in the order of their codes (L2 before L3 before L4). */
public final class Rubrics {

    private final Map<String, Rubric> byCode = new LinkedHashMap<>();

    public Rubrics(Collection<Rubric> rubrics) {
        rubrics.stream().sorted(java.util.Comparator.comparing(Rubric::code)).forEach(r -> {
            if (byCode.put(r.code(), r) != null) {
                throw new IllegalArgumentException("rubric " + r.code() + " twice");
            }
        });
    }

    public static Rubrics none() {
        return new Rubrics(List.of());
    }

    public Optional<Rubric> rubric(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Rubric> all() {
        return List.copyOf(byCode.values());
    }
}
