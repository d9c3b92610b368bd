package academy.anxin.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of an item's row, field by field, in bytes for texts and characters for codes. */
class ItemSizesTest {

    private static BankItem item(String id, String stemZh, List<String> competencies) {
        return new BankItem(id, 1, ItemType.TRUE_FALSE, competencies, 3, new LocalizedText(stemZh, "stem"),
                List.of(new LocalizedText("对", "true"), new LocalizedText("错", "false")), List.of(0),
                new LocalizedText("", ""), null, null, true);
    }

    @Test
    void textsCountBytesSoChineseFillsAColumnThreeTimesFaster() {
        assertEquals(List.of(), ItemSizes.oversized(item("A-1", "长".repeat(21_845), List.of("general"))));
        assertEquals(List.of(new ItemSizes.Oversized("stem.zh", 65_535, true)),
                ItemSizes.oversized(item("A-1", "长".repeat(21_846), List.of("general"))));
    }

    @Test
    void codesAndListsCountCharacters() {
        assertEquals(List.of(new ItemSizes.Oversized("id", 60, false),
                        new ItemSizes.Oversized("competencies", 400, false)),
                ItemSizes.oversized(item("A".repeat(61), "题", List.of("x".repeat(250), "y".repeat(150)))));
    }

    @Test
    void theOptionsCountAsTheJsonTheyAreStoredAs() {
        BankItem item = item("A-1", "题", List.of("general"));
        LocalizedText half = new LocalizedText("\"".repeat(8_500), "\"".repeat(8_500)); // 34,000 bytes escaped
        BankItem big = new BankItem(item.id(), 1, ItemType.SINGLE, item.competencies(), 3, item.stem(),
                List.of(half, half, new LocalizedText("a", "b")), List.of(0), item.rationale(), null, null, true);
        assertEquals(List.of(new ItemSizes.Oversized("options", 65_535, true)), ItemSizes.oversized(big));
        BankItem fits = new BankItem(item.id(), 1, ItemType.SINGLE, item.competencies(), 3, item.stem(),
                List.of(half, new LocalizedText("a", "b")), List.of(0), item.rationale(), null, null, true);
        assertEquals(List.of(), ItemSizes.oversized(fits));
    }
}
