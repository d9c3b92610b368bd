package academy.anxin.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import academy.anxin.kernel.domain.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pass rule of a rubric: every criterion at the minimum level, so many at "competent" or above, and the named
 * criteria competent; and the levels checked, one from 1 to 4 for every criterion and nothing else.
 */
class RubricTest {

    /** Six criteria a to f; every one at least 2, four at 3 or above, and c and d (screening, safety) at 3. */
    static final Rubric RUBRIC = rubric("TEST-CALL", new Rubric.PassRule(2, 4, Set.of("c", "d")));

    static Rubric rubric(String code, Rubric.PassRule pass) {
        List<Rubric.Criterion> criteria = List.of("a", "b", "c", "d", "e", "f").stream()
                .map(id -> new Rubric.Criterion(id, new LocalizedText("标准" + id, "criterion " + id),
                        IntStream.rangeClosed(1, 4).mapToObj(l -> new LocalizedText(id + l, id + " level " + l))
                                .toList()))
                .toList();
        return new Rubric(code, new LocalizedText("测试量表", "Test rubric"), Set.of(ObservedIn.ROLE_PLAY,
                ObservedIn.LIVE_CALL), criteria, pass);
    }

    static Map<String, Integer> levels(int a, int b, int c, int d, int e, int f) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("a", a);
        levels.put("b", b);
        levels.put("c", c);
        levels.put("d", d);
        levels.put("e", e);
        levels.put("f", f);
        return levels;
    }

    @Test
    void passesWithEveryCriterionDevelopingFourCompetentAndTheNamedOnesCompetent() {
        assertTrue(RUBRIC.passes(levels(3, 2, 3, 3, 2, 3)));
        assertTrue(RUBRIC.passes(levels(4, 4, 4, 4, 4, 4)));
    }

    @Test
    void oneCriterionNotYetFailsWhateverTheRest() {
        assertFalse(RUBRIC.passes(levels(1, 4, 4, 4, 4, 4)));
    }

    @Test
    void tooFewCompetentFails() {
        assertFalse(RUBRIC.passes(levels(2, 2, 3, 3, 2, 3)), "three at 3 or above, four asked");
    }

    @Test
    void aNamedCriterionBelowCompetentFailsEvenWithEnoughOthers() {
        assertFalse(RUBRIC.passes(levels(4, 4, 2, 4, 4, 4)), "screening only developing");
    }

    @Test
    void everyCriterionNeedsALevelFromOneToFourAndNothingElseIsTaken() {
        Map<String, Integer> missing = levels(3, 3, 3, 3, 3, 3);
        missing.remove("b");
        missing.put("f", 5);
        missing.put("z", 3);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RUBRIC.checked(missing));
        assertEquals(List.of("level.b:competency.level.required", "level.f:competency.level.range",
                        "rubric:competency.level.unknown"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        assertThrows(DomainException.class, () -> RUBRIC.passes(null));
    }

    @Test
    void aPassRuleNamingWhatTheRubricLacksIsNoRubric() {
        assertThrows(IllegalArgumentException.class, () -> rubric("X", new Rubric.PassRule(2, 7, Set.of())));
        assertThrows(IllegalArgumentException.class, () -> rubric("X", new Rubric.PassRule(2, 4, Set.of("zz"))));
    }
}
