package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.practice.domain.Population;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void everyPopulationAccessibilityAndKindHasWordsInBothLanguages() {
        assertEquals(Population.values().length, SearchWords.POPULATIONS.size());
        assertEquals(Accessibility.values().length, SearchWords.ACCESSIBILITY.size());
        assertEquals(OrganizationKind.values().length, SearchWords.KINDS.size());
        for (Map<?, SearchWords.Words> table : java.util.List.<Map<?, SearchWords.Words>>of(
                SearchWords.POPULATIONS, SearchWords.ACCESSIBILITY, SearchWords.KINDS)) {
            table.values().forEach(w -> {
                assertFalse(w.zh().isBlank());
                assertFalse(w.en().isBlank());
            });
        }
    }
}
