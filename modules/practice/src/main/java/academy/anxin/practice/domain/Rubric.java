package academy.anxin.practice.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Validation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A scoring rubric for a competency assessment, read from {@code content/rubrics/<CODE>.yaml}: the criteria a
 * supervisor scores, each with four level descriptors, what it may be observed in, and its {@link PassRule}. The
 * outcome of an assessment follows from the levels by {@link #passes}; nobody types "passed".
 */
public record Rubric(String code, LocalizedText title, Set<ObservedIn> observedIn, List<Criterion> criteria,
                     PassRule pass) {

    /** The four levels every rubric uses: 1 not yet, 2 developing, 3 competent, 4 strong. */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;
    public static final int COMPETENT = 3;

    /** One thing the supervisor scores, with what each of the four levels looks like (index 0 is level 1). */
    public record Criterion(String id, LocalizedText title, List<LocalizedText> levels) {
        public Criterion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            levels = List.copyOf(levels);
            if (levels.size() != HIGHEST) {
                throw new IllegalArgumentException(id + ": " + levels.size() + " level descriptors, not " + HIGHEST);
            }
        }

        /** The descriptor of a level from 1 to 4. */
        public LocalizedText descriptor(int level) {
            return levels.get(level - 1);
        }
    }

    /**
     * When an assessment passes: every criterion at {@code minimumLevel} or above, at least {@code competentCount}
     * criteria at {@link #COMPETENT} or above, and each criterion named in {@code competentIn} at COMPETENT or above
     * (the ones a caller's safety rests on). Each rubric file says why it chose its numbers.
     */
    public record PassRule(int minimumLevel, int competentCount, Set<String> competentIn) {
        public PassRule {
            competentIn = Set.copyOf(competentIn);
            if (minimumLevel < LOWEST || minimumLevel > HIGHEST || competentCount < 0) {
                throw new IllegalArgumentException("pass rule " + minimumLevel + "/" + competentCount);
            }
        }
    }

    public Rubric {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pass, "pass");
        observedIn = observedIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(observedIn));
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty() || observedIn.isEmpty()) {
            throw new IllegalArgumentException(code + ": no criteria or nowhere to observe it");
        }
        Set<String> ids = new HashSet<>();
        criteria.forEach(c -> {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(code + ": criterion " + c.id() + " twice");
            }
        });
        if (!ids.containsAll(pass.competentIn()) || pass.competentCount() > criteria.size()) {
            throw new IllegalArgumentException(code + ": the pass rule names what the rubric lacks");
        }
    }

    /**
     * The levels given, checked: one from 1 to 4 for every criterion, nothing else. Every problem is reported at
     * once, each for the field {@code level.<criterion id>}.
     */
    public Map<String, Integer> checked(Map<String, Integer> levels) {
        Validation check = new Validation();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            Integer level = levels == null ? null : levels.get(criterion.id());
            if (level == null) {
                check.refuse(new DomainException("level." + criterion.id(), "competency.level.required"));
            } else if (level < LOWEST || level > HIGHEST) {
                check.refuse(new DomainException("level." + criterion.id(), "competency.level.range", LOWEST,
                        HIGHEST));
            } else {
                ordered.put(criterion.id(), level);
            }
        }
        if (levels != null) {
            for (String id : levels.keySet()) {
                if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                    check.refuse(new DomainException("rubric", "competency.level.unknown", id));
                }
            }
        }
        check.throwIfAny();
        return ordered;
    }

    /** Whether these levels (one per criterion, as {@link #checked} leaves them) meet the rubric's pass rule. */
    public boolean passes(Map<String, Integer> levels) {
        Map<String, Integer> checked = checked(levels);
        long competent = checked.values().stream().filter(l -> l >= COMPETENT).count();
        return checked.values().stream().allMatch(l -> l >= pass.minimumLevel())
                && competent >= pass.competentCount()
                && pass.competentIn().stream().allMatch(id -> checked.get(id) >= COMPETENT);
    }

    public boolean observableIn(ObservedIn where) {
        return observedIn.contains(where);
    }
}
