package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListingDetailsTest {

    private static Set<String> refusedFields(ListingDraft draft) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ListingDetails.of(draft));
        return refused.problems().stream().map(DomainException::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteDraftIsAccepted() {
        ListingDetails details = ListingDetails.of(Drafts.hotline());
        assertEquals("91420100MA4K00000Q", details.creditCode().text());
        assertEquals("420106", details.region().text());
        assertEquals(EnumSet.of(Channel.HOTLINE), details.channels());
        assertEquals("02785844666", details.hotlines().get(0).dialable());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ListingDraft wrong = new ListingDraft(" ", "91350100M000100Y44", null, "99", List.of(), null, null, null,
                Set.of(), Set.of(), Set.of());
        assertEquals(Set.of("legalName", "creditCode", "kind", "region", "channels", "populations", "languages"),
                refusedFields(wrong));
    }

    @Test
    void blankHotlineRowsAreIgnoredAndBadOnesNamed() {
        ListingDetails details = ListingDetails.of(Drafts.withHotlines(List.of(
                new ListingDraft.HotlineRow("12356", "24小时"), new ListingDraft.HotlineRow("", " "))));
        assertEquals(1, details.hotlines().size());
        assertEquals(Set.of("hotline"), refusedFields(Drafts.withHotlines(List.of(
                new ListingDraft.HotlineRow("call us", "24小时")))));
        assertEquals(Set.of("hotlineHours"), refusedFields(Drafts.withHotlines(List.of(
                new ListingDraft.HotlineRow("12356", "")))));
        assertEquals(Set.of("hotlineHours"), refusedFields(Drafts.withHotlines(List.of(
                new ListingDraft.HotlineRow("12356", "9:00\t-21:00")))));
    }

    @Test
    void theChatAddressMustBeHttps() {
        assertEquals(EnumSet.of(Channel.HOTLINE, Channel.ONLINE_CHAT), ListingDetails.of(
                Drafts.withOthers("https://chat.example.org/help", null, null)).channels());
        assertEquals(Set.of("chatAddress"), refusedFields(Drafts.withOthers("http://chat.example.org", null, null)));
        assertEquals(Set.of("chatAddress"), refusedFields(Drafts.withOthers("javascript:alert(1)", null, null)));
        assertEquals(Set.of("chatAddress"), refusedFields(Drafts.withOthers("https://u:p@evil.example", null, null)));
    }

    @Test
    void aWalkInAddressNeedsOpeningHours() {
        assertEquals(Set.of("walkInHours"), refusedFields(Drafts.withOthers(null, "武昌区中山路1号", null)));
        assertEquals(EnumSet.of(Channel.HOTLINE, Channel.WALK_IN), ListingDetails.of(
                Drafts.withOthers(null, "武昌区中山路1号", "周一至周五 9:00-17:00")).channels());
    }

    @Test
    void atMostFiveHotlines() {
        List<ListingDraft.HotlineRow> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ListingDraft.HotlineRow("1235" + i, "24小时")).toList();
        assertEquals(Set.of("hotline"), refusedFields(Drafts.withHotlines(six)));
    }
}
