package academy.anxin.api.v1;

import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.services.application.PublicListing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verified service as the API gives it: the same as the public directory page shows. */
@Schema(name = "Service")
@JsonbPropertyOrder({"organizationId", "legalName", "creditCode", "kind", "region", "hotlines", "chatAddress",
        "walkIn", "populations", "languages", "accessibility", "verifiedAt", "validHolders", "checkPage"})
public record ServiceEntry(
        long organizationId,
        String legalName,
        @Schema(description = "unified social credit code (统一社会信用代码), 18 characters") String creditCode,
        @Schema(description = "HOTLINE, COMMUNITY_SITE, NGO, HOSPITAL or SCHOOL") String kind,
        Region region,
        List<Hotline> hotlines,
        @Schema(description = "an https address, or null") String chatAddress,
        @Schema(description = "null when the service has no walk-in site") WalkIn walkIn,
        @Schema(description = "e.g. GENERAL_PUBLIC, BEREAVED") List<String> populations,
        @Schema(description = "BCP 47 tags, e.g. zh, yue, en") List<String> languages,
        @Schema(description = "SIGN_LANGUAGE, TEXT_CONTACT, EASY_READ, STEP_FREE") List<String> accessibility,
        Instant verifiedAt,
        @Schema(description = "members holding a valid credential, per tier or endorsement code (L1..L4, "
                + "DISABILITY, DISASTER, YOUTH, OLDER_ADULTS, BEREAVEMENT)") Map<String, Long> validHolders,
        @Schema(description = "the public check page, relative to the platform's address") String checkPage) {

    @Schema(name = "ServiceRegion")
    @JsonbPropertyOrder({"code", "nameZh", "nameEn"})
    public record Region(@Schema(description = "GB/T 2260 administrative division code") String code,
                         String nameZh, String nameEn) {
    }

    @Schema(name = "ServiceHotline")
    public record Hotline(String number, String hours) {
    }

    @Schema(name = "ServiceWalkIn")
    public record WalkIn(String address, String hours) {
    }

    static ServiceEntry of(PublicListing listing, BiFunction<RegionCode, Language, String> names) {
        ListingDetails d = listing.details();
        return new ServiceEntry(listing.organizationId(), d.legalName(), d.creditCode().text(), d.kind().name(),
                new Region(d.region().text(), names.apply(d.region(), Language.ZH),
                        names.apply(d.region(), Language.EN)),
                d.hotlines().stream().map(h -> new Hotline(h.number(), h.hours())).toList(), d.chatAddress(),
                d.walkInAddress() == null ? null : new WalkIn(d.walkInAddress(), d.walkInHours()),
                d.populations().stream().map(Enum::name).toList(),
                d.languages().stream().map(ServiceLanguage::tag).toList(),
                d.accessibility().stream().map(Enum::name).toList(), listing.verifiedAt(), listing.validHolders(),
                "/help/check/" + listing.organizationId());
    }
}
