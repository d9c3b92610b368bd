package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.practice.domain.Population;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

    private final ListingDetails wuchangHotline = ListingDetails.of(Drafts.hotline());

    private static DirectoryQuery query(String region, Population population, Channel channel,
                                        ServiceLanguage language, Set<Accessibility> accessibility) {
        return new DirectoryQuery(region == null ? null : new RegionCode(region), population, channel, language,
                accessibility);
    }

    @Test
    void emptyFieldsDoNotNarrow() {
        assertTrue(DirectoryQuery.everything().matches(wuchangHotline));
    }

    @Test
    void aDistrictAnswersItsCityAndProvince() {
        assertTrue(query("420000", null, null, null, null).matches(wuchangHotline));
        assertTrue(query("420100", null, null, null, null).matches(wuchangHotline));
        assertTrue(query("420106", null, null, null, null).matches(wuchangHotline));
        assertFalse(query("420102", null, null, null, null).matches(wuchangHotline));
        assertFalse(query("110000", null, null, null, null).matches(wuchangHotline));
    }

    @Test
    void populationChannelLanguageAndEveryAccessibilityAsked() {
        assertTrue(query(null, Population.BEREAVED, Channel.HOTLINE, ServiceLanguage.MANDARIN,
                Set.of(Accessibility.TEXT_CONTACT)).matches(wuchangHotline));
        assertFalse(query(null, Population.YOUTH, null, null, null).matches(wuchangHotline));
        assertFalse(query(null, null, Channel.WALK_IN, null, null).matches(wuchangHotline));
        assertFalse(query(null, null, null, ServiceLanguage.CANTONESE, null).matches(wuchangHotline));
        assertFalse(query(null, null, null, null, Set.of(Accessibility.TEXT_CONTACT, Accessibility.SIGN_LANGUAGE))
                .matches(wuchangHotline));
    }
}
