package academy.anxin.services.domain;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.practice.domain.Population;
import java.util.List;
import java.util.Set;

/** A complete, valid listing draft for tests to vary. */
final class Drafts {

    private Drafts() {
    }

    static ListingDraft hotline() {
        return new ListingDraft("武汉市心理援助热线中心", "91420100MA4K00000Q", OrganizationKind.HOTLINE, "420106",
                List.of(new ListingDraft.HotlineRow("027-85844666", "24小时")), null, null, null,
                Set.of(Population.GENERAL_PUBLIC, Population.BEREAVED), Set.of(ServiceLanguage.MANDARIN),
                Set.of(Accessibility.TEXT_CONTACT));
    }

    static ListingDraft withHotlines(List<ListingDraft.HotlineRow> rows) {
        ListingDraft d = hotline();
        return new ListingDraft(d.legalName(), d.creditCode(), d.kind(), d.region(), rows, d.chatAddress(),
                d.walkInAddress(), d.walkInHours(), d.populations(), d.languages(), d.accessibility());
    }

    static ListingDraft withOthers(String chat, String walkIn, String walkInHours) {
        ListingDraft d = hotline();
        return new ListingDraft(d.legalName(), d.creditCode(), d.kind(), d.region(), d.hotlines(), chat, walkIn,
                walkInHours, d.populations(), d.languages(), d.accessibility());
    }
}
