package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credential numbers: their shape, their round trip, and the errors their check digit must catch. */
class CredentialNumberTest {

    static final CredentialKind L2 = CredentialKind.of(Tier.L2);

    @Test
    void theDammDigitMatchesThePublishedExample() {
        assertEquals(4, DammCheckDigit.of("572"));
        assertTrue(DammCheckDigit.valid("5724"));
        assertFalse(DammCheckDigit.valid("5723"));
    }

    @Test
    void aNumberIsGeneratedFromASequenceAndReadBack() {
        CredentialNumber number = CredentialNumber.of(L2, 2026, 123);
        String text = number.text();
        assertEquals("AX-L2-26-0000123-8", text);
        assertEquals(number, CredentialNumber.parse(text));
        assertEquals(number, CredentialNumber.parse("  " + text.toLowerCase() + " "));
        assertEquals(2026, CredentialNumber.parse(text).year());
        assertEquals(123, CredentialNumber.parse(text).serial());
    }

    @Test
    void everyKindHasItsOwnSegmentAndRoundTrips() {
        List<CredentialKind> kinds = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            kinds.add(CredentialKind.of(tier));
        }
        for (Endorsement endorsement : Endorsement.values()) {
            kinds.add(CredentialKind.of(endorsement));
        }
        List<String> segments = new ArrayList<>();
        for (CredentialKind kind : kinds) {
            CredentialNumber number = CredentialNumber.of(kind, 2031, 9_999_999);
            assertEquals(kind, CredentialNumber.parse(number.text()).kind());
            segments.add(number.text().substring(3, 5));
        }
        assertEquals(kinds.size(), segments.stream().distinct().count(), segments::toString);
    }

    @Test
    void aWrongCheckDigitIsRefusedWithItsOwnKey() {
        String text = CredentialNumber.of(L2, 2026, 123).text();
        char check = text.charAt(text.length() - 1);
        String wrong = text.substring(0, text.length() - 1) + (char) ('0' + (check - '0' + 1) % 10);
        DomainException refused = assertThrows(DomainException.class, () -> CredentialNumber.parse(wrong));
        assertEquals("credential.number.checkDigit", refused.messageKey());
        assertEquals("number", refused.field());
    }

    @Test
    void malformedNumbersAreRefused() {
        for (String bad : new String[] {null, "", "AX-L2-26-123-4", "AX-L5-26-0000123-4", "AX-XX-26-0000123-4",
                "BX-L2-26-0000123-4", "AX-L2-26-0000123-45", "AX L2 26 0000123 4", "AX-L2-2A-0000123-4"}) {
            DomainException refused = assertThrows(DomainException.class, () -> CredentialNumber.parse(bad),
                    String.valueOf(bad));
            assertEquals("credential.number.format", refused.messageKey());
            assertFalse(CredentialNumber.isValid(bad));
        }
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        for (String text : samples()) {
            for (int i = 0; i < text.length(); i++) {
                char original = text.charAt(i);
                if (!Character.isDigit(original)) {
                    continue;
                }
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != original) {
                        String typo = text.substring(0, i) + digit + text.substring(i + 1);
                        assertFalse(CredentialNumber.isValid(typo), typo + " from " + text);
                    }
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsCaught() {
        for (String text : samples()) {
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (a != b && Character.isDigit(a) && Character.isDigit(b)) {
                    String swapped = text.substring(0, i) + b + a + text.substring(i + 2);
                    assertFalse(CredentialNumber.isValid(swapped), swapped + " from " + text);
                }
            }
        }
    }

    @Test
    void aValidLookingButWrongKindIsCaught() {
        String text = CredentialNumber.of(L2, 2026, 123).text();
        assertFalse(CredentialNumber.isValid(text.replace("-L2-", "-L3-")));
        assertFalse(CredentialNumber.isValid(text.replace("-L2-", "-DA-")));
    }

    @Test
    void outOfRangeSequencesAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> CredentialNumber.of(L2, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> CredentialNumber.of(L2, 2026, 10_000_000));
        assertThrows(IllegalArgumentException.class, () -> CredentialNumber.of(L2, 1999, 1));
    }

    /** Numbers across kinds, years and serials, including repeated and every digit. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>();
        long[] serials = {1, 123, 4_567_890, 9_999_999, 1_000_000, 2_468_013, 9_081_726};
        int year = 2024;
        for (long serial : serials) {
            for (Tier tier : Tier.values()) {
                samples.add(CredentialNumber.of(CredentialKind.of(tier), year, serial).text());
            }
            for (Endorsement endorsement : Endorsement.values()) {
                samples.add(CredentialNumber.of(CredentialKind.of(endorsement), year, serial).text());
            }
            year += 3;
        }
        return samples;
    }
}
