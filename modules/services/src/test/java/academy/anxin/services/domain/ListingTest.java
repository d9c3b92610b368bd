package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private final ListingDetails first = ListingDetails.of(Drafts.hotline());
    private final ListingDetails changed = ListingDetails.of(Drafts.withHotlines(List.of(
            new ListingDraft.HotlineRow("12356", "24小时"))));

    /** The listing after the store wrote its waiting version as {@code id}. */
    private static Listing stored(Listing listing, long id) {
        listing.pending().orElseThrow().stored(id);
        return listing;
    }

    @Test
    void anApplicationIsNotListedUntilVerified() {
        Listing listing = stored(Listing.apply(7, first, "person:1", T0), 1);
        assertEquals(ListingStatus.NOT_LISTED, listing.status());
        assertTrue(listing.published().isEmpty());
        listing.verify(1, "person:9", T0.plusSeconds(60));
        assertEquals(ListingStatus.LISTED, listing.status());
        assertEquals(first, listing.published().orElseThrow().details());
        assertEquals(T0.plusSeconds(60), listing.verifiedAt());
        assertTrue(listing.pending().isEmpty());
    }

    @Test
    void aChangeWaitsWhileTheVerifiedVersionStaysPublic() {
        Listing listing = stored(Listing.apply(7, first, "person:1", T0), 1);
        listing.verify(1, "person:9", T0);
        listing.submit(changed, "person:1", T0.plusSeconds(3600));
        listing.pending().orElseThrow().stored(2);
        assertEquals(ListingStatus.LISTED, listing.status());
        assertEquals(first, listing.published().orElseThrow().details());
        assertEquals(changed, listing.latest().orElseThrow());

        listing.refuse(2, "号码无法接通", T0.plusSeconds(7200));
        assertEquals(ListingStatus.LISTED, listing.status(), "a refused change leaves the listing as it was");
        assertEquals(first, listing.published().orElseThrow().details());
        assertEquals("号码无法接通", listing.refusalReason());
    }

    @Test
    void aRefusedApplicationIsRefusedUntilTheNextOne() {
        Listing listing = stored(Listing.apply(7, first, "person:1", T0), 1);
        listing.refuse(1, "信用代码与登记名称不符", T0);
        assertEquals(ListingStatus.REFUSED, listing.status());
        assertEquals(first, listing.refused().orElseThrow().details(), "the refused version is kept");
        listing.submit(changed, "person:1", T0.plusSeconds(60));
        assertEquals(ListingStatus.NOT_LISTED, listing.status());
        assertEquals(null, listing.refusalReason());
    }

    @Test
    void aDecisionNamesTheVersionItRead() {
        Listing listing = stored(Listing.apply(7, first, "person:1", T0), 1);
        listing.submit(changed, "person:1", T0.plusSeconds(60));
        listing.pending().orElseThrow().stored(2);
        assertEquals("listing.changedMeanwhile",
                assertThrows(DomainException.class, () -> listing.verify(1, "person:9", T0)).messageKey());
        listing.verify(2, "person:9", T0);
        assertEquals("listing.nothingWaiting",
                assertThrows(DomainException.class, () -> listing.verify(2, "person:9", T0)).messageKey());
    }

    @Test
    void aRefusalAndAWithdrawalNeedAReason() {
        Listing listing = stored(Listing.apply(7, first, "person:1", T0), 1);
        assertEquals("reason", assertThrows(DomainException.class, () -> listing.refuse(1, " ", T0)).field());
        assertEquals("listing.notListed",
                assertThrows(DomainException.class, () -> listing.withdraw("不再提供服务", T0)).messageKey());
        listing.verify(1, "person:9", T0);
        assertEquals("reason", assertThrows(DomainException.class, () -> listing.withdraw(null, T0)).field());
        listing.withdraw("不再提供服务", T0.plusSeconds(60));
        assertEquals(ListingStatus.WITHDRAWN, listing.status());

        listing.submit(first, "person:1", T0.plusSeconds(120));
        listing.pending().orElseThrow().stored(3);
        assertEquals(ListingStatus.WITHDRAWN, listing.status(), "withdrawn until a new version is verified");
        listing.verify(3, "person:9", T0.plusSeconds(180));
        assertEquals(ListingStatus.LISTED, listing.status());
    }
}
