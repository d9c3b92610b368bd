package academy.anxin.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void theDammDigitMatchesThePublishedExample() {
        assertEquals(4, DammCheckDigit.of("572"));
        assertTrue(DammCheckDigit.valid("5724"));
        assertFalse(DammCheckDigit.valid("5723"));
    }

    @Test
    void aNumberReadsBackAsItWasWritten() {
        CertificateNumber number = new CertificateNumber(2026, 123);
        assertTrue(number.text().matches("AXR-26-0000123-\\d"), number.text());
        assertEquals(number, CertificateNumber.parse(number.text()));
        assertEquals(number, CertificateNumber.parse("  " + number.text().toLowerCase() + " "));
    }

    @Test
    void everySingleDigitMistakeAndEverySwapOfNeighboursIsRefused() {
        String text = new CertificateNumber(2026, 4071).text();
        String digits = text.replace("AXR-", "").replace("-", "");
        for (int i = 0; i < digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    String wrong = digits.substring(0, i) + d + digits.substring(i + 1);
                    assertRefused(shaped(wrong));
                }
            }
            if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertRefused(shaped(swapped));
            }
        }
    }

    @Test
    void otherShapesAreRefusedWithTheFormatMessage() {
        for (String text : new String[] {null, "", "AX-L2-26-0000123-8", "AXR-26-123-4", "AXR-26-0000000-0"}) {
            DomainException refused = assertThrows(DomainException.class, () -> CertificateNumber.parse(text));
            assertEquals("record.number.format", refused.messageKey());
        }
    }

    private static String shaped(String digits) {
        return "AXR-" + digits.substring(0, 2) + "-" + digits.substring(2, 9) + "-" + digits.substring(9);
    }

    private static void assertRefused(String text) {
        DomainException refused = assertThrows(DomainException.class, () -> CertificateNumber.parse(text), text);
        assertTrue(refused.messageKey().startsWith("record.number."), refused.messageKey());
    }
}
