package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import java.net.URI;
import org.junit.jupiter.api.Test;

class BitstringStatusListEntryTest {

    private static final URI LIST = URI.create("https://academy.example/status/revocation/1");

    @Test
    void theEntryIdIsTheListUrlWithTheIndexAsFragmentNeverTheBareListUrl() {
        BitstringStatusListEntry entry = BitstringStatusListEntry.revocation(LIST, 94_567);

        assertEquals(URI.create("https://academy.example/status/revocation/1#94567"), entry.id());
        assertEquals("revocation", entry.purpose().value());
    }

    @Test
    void purposesReadTheSpecStrings() {
        assertEquals(Purpose.SUSPENSION, Purpose.parse("suspension"));
        assertEquals(Purpose.REVOCATION, Purpose.parse("revocation"));
        assertNull(Purpose.parse("refresh"));
    }

    @Test
    void refusesANegativeIndexAndAListUrlWithAFragment() {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusListEntry.suspension(LIST, -1));
        assertThrows(IllegalArgumentException.class,
                () -> BitstringStatusListEntry.suspension(URI.create(LIST + "#list"), 1));
    }
}
