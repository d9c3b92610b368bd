package academy.anxin.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.search.application.ListingDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListingIndexTest {

    private final ListingIndex index = new ListingIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private void build() {
        index.replaceAll(List.of(
                new ListingDocument(1, List.of("武昌心理援助中心"), List.of("Wuchang Psychological Aid Centre"),
                        List.of("湖北省武汉市武昌区 丧亲者 哀伤 手语服务"),
                        List.of("Wuchang District, Wuhan, Hubei bereaved bereavement grief sign language")),
                new ListingDocument(2, List.of("朝阳青少年热线"), List.of("Chaoyang Youth Hotline"),
                        List.of("北京市朝阳区 青少年"), List.of("Chaoyang District, Beijing youth")),
                new ListingDocument(3, List.of("假冒援助热线"), List.of(), List.of(), List.of())));
    }

    @Test
    void beforeItIsBuiltItSaysSo() {
        assertEquals(Optional.empty(), index.find("武昌", 10));
    }

    @Test
    void namesAreFoundInChineseAndEnglishWholeOrInPart() {
        build();
        assertEquals(List.of(1L), index.find("武昌心理援助中心", 10).orElseThrow());
        assertEquals(List.of(1L), index.find("心理援助", 10).orElseThrow(), "a part of a name, by character pairs");
        assertEquals(List.of(1L), index.find("wuchang psychological", 10).orElseThrow());
        assertEquals(List.of(3L), index.find("假冒援助", 10).orElseThrow(), "an organization with no listing words");
        assertEquals(java.util.Set.of(2L, 3L), java.util.Set.copyOf(index.find("热线", 10).orElseThrow()));
    }

    @Test
    void wordsOfTheListingFindItInBothLanguagesAllWordsNeeded() {
        build();
        assertEquals(List.of(1L), index.find("哀伤", 10).orElseThrow());
        assertEquals(List.of(1L), index.find("bereavement", 10).orElseThrow(), "stemmed: bereaved, bereavement");
        assertEquals(List.of(2L), index.find("Beijing youth", 10).orElseThrow());
        assertEquals(List.of(), index.find("Beijing grief", 10).orElseThrow(), "every word, not any word");
        assertEquals(List.of(1L), index.find("Wuchang bereavement", 10).orElseThrow(), "a place and whom it serves");
        assertEquals(List.of(1L), index.find("武昌 哀伤", 10).orElseThrow());
        assertEquals(List.of(1L), index.find("心理援助 手语", 10).orElseThrow(), "a name's words and a listing's");
        assertEquals(List.of(), index.find("?!", 10).orElseThrow());
    }

    @Test
    void anOrganizationIsReplacedNotAdded() {
        build();
        index.put(new ListingDocument(2, List.of("朝阳老年人热线"), List.of(), List.of(), List.of()));
        assertEquals(List.of(), index.find("青少年", 10).orElseThrow());
        assertTrue(index.find("老年人", 10).orElseThrow().contains(2L));
    }
}
