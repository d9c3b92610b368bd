package academy.anxin.web.services;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.application.ListingService;
import academy.anxin.services.application.ListingView;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Hotline;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingDraft;
import academy.anxin.services.domain.ServiceLanguage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * app/org/listing.xhtml?org=N, for the organization's admins: its public listing (verified, waiting, refused with
 * the reason, or withdrawn) and the form to apply or to change it; a change waits for a platform admin while the
 * verified version stays public. Anyone else gets 403, whatever number they type.
 */
@Named
@ViewScoped
public class OrgListingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HOTLINE_ROWS = 3;
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("legalName", "listing:legalName"),
            Map.entry("creditCode", "listing:creditCode"), Map.entry("kind", "listing:kind"),
            Map.entry("region", "listing:region"), Map.entry("chatAddress", "listing:chat"),
            Map.entry("walkInAddress", "listing:walkIn"), Map.entry("walkInHours", "listing:walkInHours"));

    @Inject
    transient ListingService listings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private ListingView listing;
    private String legalName;
    private String creditCode;
    private String kind;
    private String region;
    private final List<String[]> hotlines = new ArrayList<>();
    private String chatAddress;
    private String walkInAddress;
    private String walkInHours;
    private final Map<String, Boolean> populations = new HashMap<>();
    private final Map<String, Boolean> languages = new HashMap<>();
    private final Map<String, Boolean> accessibility = new HashMap<>();

    /** f:viewAction: the organization's listing, or 403. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            listing = listings.ofOrganization(currentUser.caller(), PageAccess.required(org));
            fill(listing.latest());
        });
    }

    private void fill(ListingDetails details) {
        hotlines.clear();
        if (details != null) {
            legalName = details.legalName();
            creditCode = details.creditCode().text();
            kind = details.kind().name();
            region = details.region().text();
            for (Hotline hotline : details.hotlines()) {
                hotlines.add(new String[] {hotline.number(), hotline.hours()});
            }
            chatAddress = details.chatAddress();
            walkInAddress = details.walkInAddress();
            walkInHours = details.walkInHours();
            details.populations().forEach(p -> populations.put(p.name(), true));
            details.languages().forEach(l -> languages.put(l.name(), true));
            details.accessibility().forEach(a -> accessibility.put(a.name(), true));
        }
        while (hotlines.size() < HOTLINE_ROWS) {
            hotlines.add(new String[] {null, null});
        }
    }

    public void submit() {
        try {
            listings.submit(currentUser.caller(), org, draft());
            texts.info(texts.text("listing.submitted"));
            listing = listings.ofOrganization(currentUser.caller(), org);
        } catch (DomainException refused) {
            texts.show(refused, FIELDS);
        }
    }

    private ListingDraft draft() {
        List<ListingDraft.HotlineRow> rows = hotlines.stream()
                .map(h -> new ListingDraft.HotlineRow(h[0], h[1])).toList();
        return new ListingDraft(legalName, creditCode, kind == null ? null : OrganizationKind.valueOf(kind), region,
                rows, chatAddress, walkInAddress, walkInHours, chosen(populations, Population.class),
                chosen(languages, ServiceLanguage.class), chosen(accessibility, Accessibility.class));
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<String, Boolean> ticks, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (Boolean.TRUE.equals(ticks.get(value.name()))) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public ListingView getListing() {
        return listing;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isEmpty() ? null : kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String[]> getHotlines() {
        return hotlines;
    }

    public String getChatAddress() {
        return chatAddress;
    }

    public void setChatAddress(String chatAddress) {
        this.chatAddress = chatAddress;
    }

    public String getWalkInAddress() {
        return walkInAddress;
    }

    public void setWalkInAddress(String walkInAddress) {
        this.walkInAddress = walkInAddress;
    }

    public String getWalkInHours() {
        return walkInHours;
    }

    public void setWalkInHours(String walkInHours) {
        this.walkInHours = walkInHours;
    }

    public Map<String, Boolean> getPopulations() {
        return populations;
    }

    public Map<String, Boolean> getLanguages() {
        return languages;
    }

    public Map<String, Boolean> getAccessibility() {
        return accessibility;
    }
}
