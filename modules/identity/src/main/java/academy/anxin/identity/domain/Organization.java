package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DisplayText;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agency whose volunteers train and practise here: a hotline, community site, NGO, hospital or school. */
@Entity
@Table(name = "idn_organization")
public class Organization {

    public static final int MAX_NAME = 200;
    public static final int MAX_REGION = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name_zh", nullable = false, length = MAX_NAME)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganizationKind kind;

    @Column(name = "region", nullable = false, length = MAX_REGION)
    private String region;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
        // for JPA
    }

    public static Organization found(String nameZh, String nameEn, OrganizationKind kind, String region,
                                     Instant at) {
        Organization organization = new Organization();
        organization.nameZh = required("nameZh", nameZh, MAX_NAME);
        organization.nameEn = required("nameEn", nameEn, MAX_NAME);
        if (kind == null) {
            throw new DomainException("kind", "identity.organization.kindRequired");
        }
        organization.kind = kind;
        organization.region = required("region", region, MAX_REGION);
        organization.createdAt = at;
        return organization;
    }

    private static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(field, "validation.required");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new DomainException(field, "validation.tooLong", max);
        }
        if (DisplayText.hasHiddenCharacters(trimmed)) {
            throw new DomainException(field, "validation.hiddenCharacters");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    /** The administrative division the organization serves in (GB/T 2260), once its admins have said. */
    public java.util.Optional<RegionCode> regionCode() {
        return java.util.Optional.ofNullable(regionCode).map(RegionCode::new);
    }

    /** Places the organization in an administrative division; true when that changed anything. */
    public boolean placeIn(RegionCode code) {
        if (code == null) {
            throw new DomainException("region", "validation.required");
        }
        boolean changed = !code.text().equals(regionCode);
        regionCode = code.text();
        return changed;
    }
}
