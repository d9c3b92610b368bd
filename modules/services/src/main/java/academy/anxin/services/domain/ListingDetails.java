package academy.anxin.services.domain;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Validation;
import academy.anxin.practice.domain.Population;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One version of what a listing tells the public, checked: who the organization legally is (name, unified social
 * credit code, kind, region), how to reach it (hotlines with hours, an online chat address, a walk-in address with
 * opening hours; at least one of them), whom it serves, in which languages, and with what accessibility. Immutable:
 * a change is a new version, verified again before it shows.
 */
public record ListingDetails(String legalName, CreditCode creditCode, OrganizationKind kind, RegionCode region,
                             List<Hotline> hotlines, String chatAddress, String walkInAddress, String walkInHours,
                             Set<Population> populations, Set<ServiceLanguage> languages,
                             Set<Accessibility> accessibility) implements java.io.Serializable {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_HOTLINES = 5;

    public ListingDetails {
        hotlines = List.copyOf(hotlines);
        populations = Collections.unmodifiableSet(copy(populations, Population.class));
        languages = Collections.unmodifiableSet(copy(languages, ServiceLanguage.class));
        accessibility = Collections.unmodifiableSet(copy(accessibility, Accessibility.class));
    }

    /** Checks every field of a draft and reports all refusals together ({@code InvalidInput}). */
    public static ListingDetails of(ListingDraft draft) {
        Validation check = new Validation();
        String name = check.field(() -> plainLine("legalName", required("legalName", draft.legalName()), MAX_NAME));
        CreditCode code = check.field(() -> CreditCode.parse(draft.creditCode()));
        if (draft.kind() == null) {
            check.refuse(new DomainException("kind", "validation.required"));
        }
        RegionCode region = check.field(() -> RegionCode.parse(draft.region()));
        List<Hotline> hotlines = new ArrayList<>();
        for (ListingDraft.HotlineRow row : draft.hotlines()) {
            if (!row.isBlank()) {
                Hotline hotline = check.field(() -> new Hotline(row.number(), row.hours()));
                if (hotline != null) {
                    hotlines.add(hotline);
                }
            }
        }
        if (hotlines.size() > MAX_HOTLINES) {
            check.refuse(new DomainException("hotline", "listing.hotlines.tooMany", MAX_HOTLINES));
        }
        String chat = check.field(() -> chatAddress(draft.chatAddress()));
        String walkIn = check.field(() -> optional("walkInAddress", draft.walkInAddress(), MAX_ADDRESS));
        String walkInHours = check.field(() -> optional("walkInHours", draft.walkInHours(), Hotline.MAX_HOURS));
        if (walkIn != null && walkInHours == null) {
            check.refuse(new DomainException("walkInHours", "listing.hours.required"));
        }
        // a mistyped hotline is reported as such, not as a missing channel
        if (draft.hotlines().stream().allMatch(ListingDraft.HotlineRow::isBlank) && blank(draft.chatAddress())
                && blank(draft.walkInAddress())) {
            check.refuse(new DomainException("channels", "listing.channel.required"));
        }
        if (draft.populations().isEmpty()) {
            check.refuse(new DomainException("populations", "listing.populations.required"));
        }
        if (draft.languages().isEmpty()) {
            check.refuse(new DomainException("languages", "listing.languages.required"));
        }
        check.throwIfAny();
        return new ListingDetails(name, code, draft.kind(), region, hotlines, chat, walkIn, walkInHours,
                draft.populations(), draft.languages(), draft.accessibility());
    }

    /** The channels this version offers, for the public search. */
    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (!hotlines.isEmpty()) {
            channels.add(Channel.HOTLINE);
        }
        if (chatAddress != null) {
            channels.add(Channel.ONLINE_CHAT);
        }
        if (walkInAddress != null) {
            channels.add(Channel.WALK_IN);
        }
        return channels;
    }

    /** One line of text people read: no control characters (a pasted tab or line break), at most {@code max}. */
    static String plainLine(String field, String text, int max) {
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException(field, "listing.text.controlCharacters");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        return text;
    }

    private static String required(String field, String text) {
        if (blank(text)) {
            throw new DomainException(field, "validation.required");
        }
        return text.strip();
    }

    private static String optional(String field, String text, int max) {
        return blank(text) ? null : plainLine(field, text.strip(), max);
    }

    /** An https address (a chat page people open); anything else could be a trap on a page the public trusts. */
    private static String chatAddress(String typed) {
        String text = optional("chatAddress", typed, MAX_ADDRESS);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new DomainException("chatAddress", "listing.chatAddress.invalid", text);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new DomainException("chatAddress", "listing.chatAddress.invalid", text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
