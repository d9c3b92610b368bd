package academy.anxin.services.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.services.domain.ServiceLanguage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    private final InMemoryListings listings = new InMemoryListings();
    private final InMemoryFeedback records = new InMemoryFeedback();
    private final FeedbackService service = new FeedbackService();

    private final Organization wuchang = identity.organization("武昌心理援助中心");
    private final Organization hankou = identity.organization("汉口心理热线");
    private final Organization beijing = identity.organization("朝阳心理热线");
    private final Organization hongshan = identity.organization("洪山心理援助站");
    private final Organization unlisted = identity.organization("未列入的机构");
    private final Person admin = identity.person("机构管理员", "admin@example.cn");
    private final Person otherAdmin = identity.person("另一位管理员", "other@example.cn");

    FeedbackServiceTest() {
        identity.member(admin, wuchang, Role.VOLUNTEER, Role.ORG_ADMIN);
        identity.member(otherAdmin, hankou, Role.VOLUNTEER, Role.ORG_ADMIN);
        service.records = records;
        service.listings = listings;
        service.organizations = identity.organizationService;
        service.audit = audit;
        service.clock = clock;
        listed(wuchang, "420106");
        listed(hankou, "420102");
        listed(beijing, "110105");
        listed(hongshan, "420111");
    }

    private void listed(Organization organization, String region) {
        ListingDetails details = ListingDetails.of(new ListingDraft(organization.nameZh(), "91420100MA4K00000Q",
                OrganizationKind.HOTLINE, region, List.of(new ListingDraft.HotlineRow("12356", "24小时")), null, null,
                null, Set.of(Population.BEREAVED), Set.of(ServiceLanguage.MANDARIN),
                Set.of(Accessibility.TEXT_CONTACT)));
        Listing listing = Listing.apply(organization.id(), details, "person:1", clock.instant());
        listings.save(listing);
        Listing stored = listings.ofOrganization(organization.id()).orElseThrow();
        stored.verify(stored.pending().orElseThrow().id(), "person:2", clock.instant());
        listings.save(stored);
    }

    private void answers(Organization organization, int... ratings) {
        for (int i = 0; i < ratings.length; i++) {
            service.submit(organization.id(), "client-" + organization.id() + "-" + i, ratings[i], true, i % 2 == 0,
                    i == 0 ? "谢谢" : null, null);
        }
    }

    @Test
    void onlyAListedOrganizationTakesAnswersAndABadOneStoresNothing() {
        assertEquals("serviceFeedback.notListed", assertThrows(DomainException.class,
                () -> service.submit(unlisted.id(), "c", 5, true, true, null, null)).messageKey());
        assertThrows(InvalidInput.class,
                () -> service.submit(wuchang.id(), "c", 5, true, true, "请打 13800138000", null));
        assertTrue(records.kept.isEmpty());
        assertEquals("汉口心理热线", service.form(hankou.id()).orElseThrow().name());
        assertTrue(service.form(unlisted.id()).isEmpty());
    }

    @Test
    void aClientIsThrottledAfterFiveAnswersAndTheHoneypotStoresNothing() {
        for (int i = 0; i < FeedbackService.THROTTLE_LIMIT; i++) {
            service.submit(wuchang.id(), "203.0.113.7", 4, true, true, null, null);
        }
        assertEquals("serviceFeedback.tooMany", assertThrows(DomainException.class,
                () -> service.submit(wuchang.id(), "203.0.113.7", 4, true, true, null, null)).messageKey());
        service.submit(wuchang.id(), "198.51.100.9", 4, true, true, null, "http://spam.example");
        assertEquals(FeedbackService.THROTTLE_LIMIT, records.kept.size(), "the bot was thanked, nothing kept");
        assertEquals(LocalDate.of(2026, 3, 1), records.kept.get(0).receivedOn(), "the day in China, nothing finer");
    }

    @Test
    void theOrganizationSeesItsMonthsAndHidesACommentWithAReasonOthersMayNot() {
        answers(wuchang, 5, 4, 4);
        OrganizationFeedback seen = service.ofOrganization(InMemoryIdentity.caller(admin), wuchang.id());
        assertEquals(12, seen.months().size());
        assertEquals(3, seen.months().get(11).count(), "this month");
        assertTrue(seen.months().get(11).averages().isSuppressed(), "three answers tell no averages");
        long comment = seen.comments().get(0).id();
        assertThrows(AccessDenied.class, () -> service.ofOrganization(InMemoryIdentity.caller(otherAdmin), wuchang.id()));
        assertThrows(AccessDenied.class,
                () -> service.hideComment(InMemoryIdentity.caller(otherAdmin), wuchang.id(), comment, "x"));
        assertThrows(AccessDenied.class,
                () -> service.hideComment(InMemoryIdentity.caller(otherAdmin), hankou.id(), comment, "x"),
                "another organization's comment under one's own organization");
        service.hideComment(InMemoryIdentity.caller(admin), wuchang.id(), comment, "辱骂");
        OrganizationFeedback after = service.ofOrganization(InMemoryIdentity.caller(admin), wuchang.id());
        assertTrue(after.comments().get(0).hidden());
        assertNull(after.comments().get(0).text(), "a hidden comment's text is not carried to the page");
        assertEquals(3, after.count(), "the answer still counts");
        assertEquals(List.of("FEEDBACK_COMMENT_HIDDEN"), audit.events().stream().map(e -> e.action()).toList());
        assertTrue(audit.events().get(0).detail().contains("辱骂"));
    }

    @Test
    void aRegionsAveragesSuppressCountsUnderFive() {
        answers(wuchang, 5, 4, 4, 3, 5);
        answers(hankou, 1, 2);
        answers(beijing, 5, 5, 5, 5, 5);
        LocalDate day = LocalDate.of(2026, 3, 1);
        RegionalFeedback hubei = service.regionalAverages(new RegionCode("420000"), day.minusDays(30), day);
        assertEquals(List.of("武昌心理援助中心", "汉口心理热线", "洪山心理援助站").stream().sorted().toList(),
                hubei.organizations().stream().map(RegionalFeedback.OrganizationAverages::name).toList());
        RegionalFeedback.OrganizationAverages w = hubei.organizations().stream()
                .filter(o -> o.organizationId() == wuchang.id()).findFirst().orElseThrow();
        assertEquals(4.2, w.averages().rating());
        assertEquals(5L, w.averages().count());
        RegionalFeedback.OrganizationAverages h = hubei.organizations().stream()
                .filter(o -> o.organizationId() == hankou.id()).findFirst().orElseThrow();
        assertTrue(h.averages().isSuppressed(), "two answers: suppressed");
        assertNull(h.averages().count(), "not even the count is told");
        assertTrue(hubei.regionAverages().isSuppressed(),
                "Hankou's two answers would be the region's less Wuchang's: the region is withheld too");
        answers(hongshan, 4, 4);
        RegionalFeedback twoSmall = service.regionalAverages(new RegionCode("420000"), day.minusDays(30), day);
        assertEquals(9L, twoSmall.regionAverages().count(), "two small ones cannot be told apart: the region adds"
                + " all three, Beijing not");
        assertEquals(3.6, twoSmall.regionAverages().rating());
        assertTrue(service.regionalAverages(new RegionCode("420000"), day.minusDays(30), day.minusDays(1))
                .regionAverages().isSuppressed(), "nothing in a period before the answers");
        assertFalse(service.regionalAverages(new RegionCode("110105"), day, day).regionAverages().isSuppressed());
        assertEquals("period", assertThrows(DomainException.class,
                () -> service.regionalAverages(new RegionCode("420000"), day, day.minusDays(1))).field());
        assertThrows(DomainException.class,
                () -> service.regionalAverages(new RegionCode("420000"), day.minusYears(6), day));
    }
}
