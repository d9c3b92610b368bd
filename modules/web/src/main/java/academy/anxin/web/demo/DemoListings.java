package academy.anxin.web.demo;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationFounding;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.application.FeedbackService;
import academy.anxin.services.application.ListingService;
import academy.anxin.services.application.OrganizationFeedback;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The demo's directory beyond the demo organization (which {@link DemoData} lists, with a withdrawn one): a
 * community site listed for deaf and older people, found on /help by its words in both languages, and feedback
 * for the demo organization sent through the same service the public form uses, enough for its averages to show,
 * with one abusive comment its admin has hidden with a reason. The answers come from distinct made-up client
 * addresses, as a form filled on several phones would; they are dated today, as any answer is.
 */
@ApplicationScoped
public class DemoListings {

    /** rating, respected, told where to get more help, comment. */
    private static final List<Object[]> ANSWERS = List.of(
            new Object[] {5, true, true, "接线员很耐心，听我说完了，还告诉我可以去社区的安心小屋。"},
            new Object[] {4, true, true, "The volunteer was calm and kind, and gave me the 12356 number for later."},
            new Object[] {5, true, false, null},
            new Object[] {3, true, true, "等了很久才接通，不过聊完心里踏实一些。"},
            new Object[] {4, false, true, "感觉有点匆忙。"},
            new Object[] {5, true, true, null},
            new Object[] {2, false, false, "你们都是骗子，一群废物！"},
            new Object[] {4, true, true, "谢谢你们在深夜还接电话。"});

    @Inject
    OrganizationService organizations;

    @Inject
    ListingService listings;

    @Inject
    FeedbackService feedback;

    /** Lists a third organization and gives the demo organization its feedback; records what to look at. */
    public void add(Caller orgAdmin, Caller platformAdmin, long demoOrganization, Map<String, String> access) {
        String adminEmail = "orgadmin@demo.anxin.local";
        long site = organizations.found(platformAdmin, new OrganizationFounding("朝阳社区安心小屋",
                "Chaoyang Community Care Room", OrganizationKind.COMMUNITY_SITE, "北京市朝阳区 Chaoyang, Beijing",
                adminEmail, null)).organizationId();
        listings.submit(orgAdmin, site, new ListingDraft("朝阳社区安心小屋", "52110105MJ0000001K",
                OrganizationKind.COMMUNITY_SITE, "110105",
                List.of(new ListingDraft.HotlineRow("010-87654321", "每天 9:00-21:00 / daily 9:00-21:00")), null,
                "北京市朝阳区示范路 8 号一层", "每天 9:00-21:00",
                EnumSet.of(Population.OLDER_ADULTS, Population.DISABILITY, Population.GENERAL_PUBLIC),
                EnumSet.of(ServiceLanguage.MANDARIN), EnumSet.of(Accessibility.SIGN_LANGUAGE,
                        Accessibility.EASY_READ, Accessibility.STEP_FREE)));
        listings.verify(platformAdmin, site, listings.ofOrganization(orgAdmin, site).pendingVersionId());

        for (int i = 0; i < ANSWERS.size(); i++) {
            Object[] a = ANSWERS.get(i);
            feedback.submit(demoOrganization, "demo-phone-" + i, (Integer) a[0], (Boolean) a[1], (Boolean) a[2],
                    (String) a[3], null);
        }
        OrganizationFeedback received = feedback.ofOrganization(orgAdmin, demoOrganization);
        received.comments().stream().filter(c -> c.text() != null && c.text().contains("骗子")).findFirst()
                .ifPresent(c -> feedback.hideComment(orgAdmin, demoOrganization, c.id(),
                        "辱骂接线志愿者 (demo)"));
        access.put("feedback.form", "/help/feedback/" + demoOrganization);
        access.put("feedback.organization", "/app/org/feedback.xhtml?org=" + demoOrganization);
    }
}
