package academy.anxin.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which texts name a record by id: positive whole numbers in plain digits, nothing else. */
class IdParameterTest {

    @Test
    void positiveWholeNumbersAreIds() {
        assertEquals(1L, IdParameter.parse("1"));
        assertEquals(12L, IdParameter.parse("0012"));
        assertEquals(Long.MAX_VALUE, IdParameter.parse(Long.toString(Long.MAX_VALUE)));
    }

    @Test
    void anythingElseIsNot() {
        for (String text : new String[] {"abc", "-1", "0", "+5", "1e3", "1.0", " 7", "7 ", "١٢", "９",
                "9223372036854775808", "99999999999999999999", "0x1F"}) {
            assertNull(IdParameter.parse(text), text);
        }
    }
}
