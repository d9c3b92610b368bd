package academy.anxin.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrawingAndGradingTest {

    private static final LocalizedText T = new LocalizedText("文", "t");

    private static BankItem item(String id, ItemType type, String competency, List<Integer> key, String set) {
        int options = type == ItemType.TRUE_FALSE ? 2 : 4;
        List<LocalizedText> texts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            texts.add(new LocalizedText("选项" + i, "option " + i));
        }
        return new BankItem(id, 1, type, List.of(competency), 2, T, texts, key, T, set, set == null ? null : T, false);
    }

    private static List<BankItem> bank() {
        List<BankItem> bank = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bank.add(item("E" + i, ItemType.SINGLE, "ethics", List.of(i % 4), null));
        }
        bank.add(item("S1a", ItemType.MULTIPLE, "risk", List.of(0, 2), "S1"));
        bank.add(item("S1b", ItemType.ORDERING, "risk", List.of(0, 1, 2, 3), "S1"));
        bank.add(item("R1", ItemType.TRUE_FALSE, "risk", List.of(1), null));
        return bank;
    }

    private static final Blueprint BLUEPRINT = new Blueprint("EXAM-T", Map.of("ethics", 3, "risk", 3),
            Duration.ofMinutes(40), 0.75, 3, Duration.ofHours(24), List.of());

    @Test
    void theSameSeedDrawsTheSameAttemptAndSetsComeWhole() {
        var first = Drawing.draw(BLUEPRINT, bank(), 7);
        var again = Drawing.draw(BLUEPRINT, bank(), 7);
        assertEquals(first, again);
        assertEquals(6, first.size());
        Map<String, Long> perCompetency = first.stream()
                .collect(Collectors.groupingBy(d -> d.item().competencies().get(0), Collectors.counting()));
        assertEquals(Map.of("ethics", 3L, "risk", 3L), perCompetency);
        List<String> ids = first.stream().map(d -> d.item().id()).toList();
        assertTrue(ids.containsAll(List.of("S1a", "S1b", "R1")), "the set and the single item make three: " + ids);
        assertTrue(first.stream().filter(d -> d.item().type() == ItemType.TRUE_FALSE)
                .allMatch(d -> d.optionOrder().equals(List.of(0, 1))), "true comes before false");
    }

    @Test
    void differentSeedsShuffleDifferently() {
        boolean differs = false;
        for (long seed = 1; seed < 20 && !differs; seed++) {
            differs = !Drawing.draw(BLUEPRINT, bank(), seed).equals(Drawing.draw(BLUEPRINT, bank(), seed + 100));
        }
        assertTrue(differs);
    }

    @Test
    void aBankTooSmallForItsBlueprintIsSaidSo() {
        Blueprint greedy = new Blueprint("EXAM-T", Map.of("ethics", 7), Duration.ofMinutes(40), 0.75, 3,
                Duration.ofHours(24), List.of());
        DomainException refused = assertThrows(DomainException.class, () -> Drawing.draw(greedy, bank(), 1));
        assertEquals("assessment.bank.tooFew", refused.messageKey());
    }

    @Test
    void gradingIsAllOrNothingPerItemAndPassesAtTheMarkExactly() {
        var drawn = Drawing.draw(BLUEPRINT, bank(), 3);
        Map<String, List<Integer>> answers = new java.util.HashMap<>();
        for (var d : drawn) {
            answers.put(d.item().id(), d.item().key());
        }
        var all = Grading.grade(drawn, answers, 0.75);
        assertEquals(6, all.right());
        assertTrue(all.passed());
        assertEquals(1.0, all.byCompetency().get("risk"));

        answers.put("S1a", List.of(0)); // one of two right options: wrong
        answers.put("S1b", List.of(1, 0, 2, 3)); // order not right: wrong
        var two = Grading.grade(drawn, answers, 0.75);
        assertEquals(4, two.right());
        assertFalse(two.passed(), "4 of 6 is below 0.75");
        assertEquals(1.0 / 3, two.byCompetency().get("risk"), 1e-12);
        assertFalse(two.correct().get("S1a"));

        answers.put("S1a", List.of(2, 0));
        assertTrue(Grading.grade(drawn, answers, 0.75).correct().get("S1a"), "order of choices does not matter");
        answers.put("S1a", List.of(0, 2, 2));
        assertFalse(Grading.grade(drawn, answers, 0.75).correct().get("S1a"), "a repeated choice is not an answer");
        answers.remove("R1");
        assertFalse(Grading.grade(drawn, answers, 0.75).correct().get("R1"), "unanswered is wrong");
    }

    @Test
    void extendedTimeIsHalfAsLongAgain() {
        assertEquals(Duration.ofMinutes(60), BLUEPRINT.timeLimit(true));
        assertEquals(Duration.ofMinutes(40), BLUEPRINT.timeLimit(false));
        assertNotEquals(BLUEPRINT.timeLimit(true), BLUEPRINT.timeLimit(false));
    }
}
