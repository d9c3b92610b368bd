package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** The example code GB 32100-2015 is usually explained with: a company registered in Fuzhou (350100). */
    private static final String EXAMPLE = "91350100M000100Y43";

    @Test
    void theStandardsExampleChecksOut() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(CreditCode.isValid(EXAMPLE));
        assertEquals("350100", new CreditCode(EXAMPLE).registrationRegion());
    }

    @Test
    void checkCharactersComputedByTheWeightsModulo31() {
        // a public institution registered nationally (1 = 机构编制, 2 = 事业单位): the check comes out a letter
        assertEquals('D', CreditCode.checkCharacter("12100000400000624"));
        assertTrue(CreditCode.isValid("12100000400000624D"));
        // a company in Wuhan (420100) whose organization code holds letters
        assertEquals('Q', CreditCode.checkCharacter("91420100MA4K00000"));
        assertTrue(CreditCode.isValid("91420100MA4K00000Q"));
    }

    @Test
    void aMistypedCharacterOrSwappedPairFailsTheCheck() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"), "wrong check character");
        assertFalse(CreditCode.isValid("91350100M000010Y43"), "two characters swapped");
        assertFalse(CreditCode.isValid("92350100M000100Y43"), "one character changed");
    }

    @Test
    void lettersOutsideTheAlphabetLengthAndDigitsOfTheRegionAreRefused() {
        assertFalse(CreditCode.isValid("91350100M000100I43"), "I is not used");
        assertFalse(CreditCode.isValid("91350100M000100O43"), "O is not used");
        assertFalse(CreditCode.isValid("91350100M000100Y4"), "17 characters");
        assertFalse(CreditCode.isValid("91350100M000100Y430"), "19 characters");
        // a letter where the administrative division code goes, with the check character made to match
        String first17 = "9135A100M000100Y4";
        assertFalse(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17)));
    }

    @Test
    void typedCodesAreReadWithoutSpacesAndInCapitals() {
        assertEquals(EXAMPLE, CreditCode.parse(" 91350100m000100y43 ").text());
        assertEquals(EXAMPLE, CreditCode.parse("913501 00M000 100Y43").text());
    }

    @Test
    void aRefusalNamesTheFieldAndAnEmptyOneIsRequired() {
        DomainException wrong = assertThrows(DomainException.class, () -> CreditCode.parse("91350100M000100Y44"));
        assertEquals("creditCode", wrong.field());
        assertEquals("listing.creditCode.invalid", wrong.messageKey());
        assertEquals("validation.required", assertThrows(DomainException.class, () -> CreditCode.parse(" "))
                .messageKey());
    }
}
