package academy.anxin.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    private static List<String> texts(SmallCounts.Column column) {
        return column.parts().stream().map(SmallCounts.Shown::text).toList();
    }

    @Test
    void oneToFourIsShownAsLessThanFiveZeroAndFiveAsThemselves() {
        assertEquals("0", SmallCounts.one(0).text());
        assertEquals("< 5", SmallCounts.one(1).text());
        assertEquals("< 5", SmallCounts.one(4).text());
        assertEquals("5", SmallCounts.one(5).text());
        assertEquals("120", SmallCounts.one(120).text());
    }

    @Test
    void aLoneSmallPartIsNotGivenAwayByTheTotal() {
        // 3 hidden, total 33: the smallest shown part (10) is withheld too, so subtraction yields 13, not 3
        SmallCounts.Column column = SmallCounts.column(List.of(3L, 20L, 10L));
        assertEquals(List.of("< 5", "20", "—"), texts(column));
        assertEquals("33", column.total().text());
    }

    @Test
    void smallPartsThatAddUpToFiveNeedNothingMore() {
        SmallCounts.Column column = SmallCounts.column(List.of(2L, 3L, 40L));
        assertEquals(List.of("< 5", "< 5", "40"), texts(column));
        assertEquals("45", column.total().text());
    }

    @Test
    void aSmallTotalIsSmallAndWithNothingLeftToWithholdTheTotalIsWithheld() {
        assertEquals("< 5", SmallCounts.column(List.of(1L, 2L)).total().text());
        SmallCounts.Column zeros = SmallCounts.column(List.of(0L, 0L));
        assertEquals(List.of("0", "0"), texts(zeros));
        assertEquals("0", zeros.total().text());
        // one organization: its count is the total
        SmallCounts.Column alone = SmallCounts.column(List.of(7L));
        assertEquals(List.of("7"), texts(alone));
        assertEquals("7", alone.total().text());
        // 2 hidden and only zeros shown: withholding zeros reveals nothing more, so the total goes too
        SmallCounts.Column thin = SmallCounts.column(List.of(2L, 0L, 9L));
        assertEquals("< 5", thin.parts().get(0).text());
        assertEquals("—", thin.parts().get(1).text());
        assertEquals("—", thin.parts().get(2).text());
        assertEquals("11", thin.total().text());
    }
}
