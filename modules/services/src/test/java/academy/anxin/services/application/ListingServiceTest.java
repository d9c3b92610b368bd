package academy.anxin.services.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.AccountView;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.InMemoryIdentity;
import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.identity.domain.Person;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.RecordingAuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import academy.anxin.kernel.domain.Language;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.ServiceLanguage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final InMemoryIdentity identity = new InMemoryIdentity(clock, audit);
    private final InMemoryListings store = new InMemoryListings();
    private final ListingService service = new ListingService();
    private final RecordedEvents<ListingChanged> changes = new RecordedEvents<>();

    private final Organization wuchang = identity.organization("武昌心理援助中心");
    private final Organization other = identity.organization("另一家机构");
    private final Person admin = identity.person("机构管理员", "admin@example.cn");
    private final Person otherAdmin = identity.person("另一位管理员", "other@example.cn");
    private final Person volunteer = identity.person("志愿者", "volunteer@example.cn");
    private final Person platform = identity.platformAdmin("平台管理员", "platform@example.cn");

    ListingServiceTest() {
        identity.member(admin, wuchang, Role.VOLUNTEER, Role.ORG_ADMIN);
        identity.member(otherAdmin, other, Role.VOLUNTEER, Role.ORG_ADMIN);
        identity.member(volunteer, wuchang, Role.VOLUNTEER);
        service.listings = store;
        service.organizations = identity.organizationService;
        service.audit = audit;
        service.clock = clock;
        service.changed = changes;
        service.accounts = new AccountService() {
            @Override
            public AccountView account(Caller caller) {
                Person p = identity.people.byId(caller.personId()).orElseThrow();
                return new AccountView(p.id(), p.displayName(), p.email().value(), Language.ZH, false, false, false, false,
                        false, p.isPlatformAdmin());
            }
        };
    }

    private static ListingDraft draft(String hotline) {
        return new ListingDraft("武昌心理援助中心", "91420100MA4K00000Q", OrganizationKind.HOTLINE, "420106",
                List.of(new ListingDraft.HotlineRow(hotline, "24小时")), null, null, null,
                Set.of(Population.BEREAVED), Set.of(ServiceLanguage.MANDARIN), Set.of(Accessibility.TEXT_CONTACT));
    }

    private static Caller as(Person person) {
        return InMemoryIdentity.caller(person);
    }

    private List<String> actions() {
        return audit.events().stream().map(AuditEvent::action).toList();
    }

    @Test
    void onlyTheOrganizationsOwnAdminsApplyOrReadIt() {
        assertThrows(AccessDenied.class, () -> service.submit(as(otherAdmin), wuchang.id(), draft("12356")));
        assertThrows(AccessDenied.class, () -> service.submit(as(volunteer), wuchang.id(), draft("12356")));
        assertThrows(AccessDenied.class, () -> service.submit(as(platform), wuchang.id(), draft("12356")),
                "the platform admin decides; they do not apply for an organization");
        assertThrows(AccessDenied.class, () -> service.ofOrganization(as(otherAdmin), wuchang.id()));
        assertTrue(store.all().isEmpty(), "nothing stored by a refused caller");
        assertEquals(List.of(), actions());

        service.submit(as(admin), wuchang.id(), draft("12356"));
        ListingView mine = service.ofOrganization(as(admin), wuchang.id());
        assertEquals(ListingStatus.NOT_LISTED, mine.status());
        assertTrue(mine.isWaiting());
        assertEquals(List.of("LISTING_APPLIED"), actions());
        assertEquals("organization:" + wuchang.id(), audit.events().get(0).subject());
    }

    @Test
    void badDetailsAreRefusedAndNothingIsStored() {
        assertThrows(InvalidInput.class, () -> service.submit(as(admin), wuchang.id(), draft("not a number")));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void onlyAPlatformAdminDecidesAndEveryDecisionIsAudited() {
        service.submit(as(admin), wuchang.id(), draft("12356"));
        long first = service.ofOrganization(as(admin), wuchang.id()).pendingVersionId();
        assertThrows(AccessDenied.class, () -> service.verify(as(admin), wuchang.id(), first));
        assertThrows(AccessDenied.class, () -> service.all(as(admin)));

        service.verify(as(platform), wuchang.id(), first);
        assertEquals(ListingStatus.LISTED, service.ofOrganization(as(admin), wuchang.id()).status());

        service.submit(as(admin), wuchang.id(), draft("027-85844666"));
        ListingView changed = service.ofOrganization(as(admin), wuchang.id());
        assertEquals(ListingStatus.LISTED, changed.status(), "the verified version stays public");
        assertEquals("12356", changed.published().hotlines().get(0).number());
        assertEquals("reason", assertThrows(DomainException.class,
                () -> service.refuse(as(platform), wuchang.id(), changed.pendingVersionId(), " ")).field());
        service.refuse(as(platform), wuchang.id(), changed.pendingVersionId(), "号码无法接通");
        service.withdraw(as(platform), wuchang.id(), "机构停止服务");
        assertEquals(ListingStatus.WITHDRAWN, service.ofOrganization(as(admin), wuchang.id()).status());

        assertEquals(List.of("LISTING_APPLIED", "LISTING_VERIFIED", "LISTING_CHANGE_SUBMITTED", "LISTING_REFUSED",
                "LISTING_WITHDRAWN"), actions());
        assertTrue(audit.events().get(3).detail().contains("号码无法接通"));
        assertEquals(5, changes.fired.size(), "every step is announced, so the directory's search follows it");
        assertTrue(changes.fired.stream().allMatch(c -> c.organizationId() == wuchang.id()));
    }
}
