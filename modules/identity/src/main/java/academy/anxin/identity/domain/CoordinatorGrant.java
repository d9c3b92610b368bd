package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's role of regional coordinator (统一部署) for one administrative division, granted by a platform admin.
 * The grant reaches every division within its region ({@link RegionCode#contains}): a district's coordinator sees
 * the district's organizations, a city's its districts', a province's its cities'. Withdrawn once, it stays as a
 * record and reaches nothing.
 */
@Entity
@Table(name = "idn_coordinator")
public class CoordinatorGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected CoordinatorGrant() {
        // for JPA
    }

    public static CoordinatorGrant grant(long personId, RegionCode region, long grantedBy, Instant at) {
        CoordinatorGrant grant = new CoordinatorGrant();
        grant.personId = personId;
        grant.regionCode = region.text();
        grant.grantedBy = grantedBy;
        grant.grantedAt = at;
        return grant;
    }

    public void withdraw(long by, Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("grant", "coordinator.alreadyWithdrawn");
        }
        withdrawnBy = by;
        withdrawnAt = at;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** Whether this grant, while active, lets its holder see the division {@code asked} (its own or one within). */
    public boolean reaches(RegionCode asked) {
        return isActive() && region().contains(asked);
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public RegionCode region() {
        return new RegionCode(regionCode);
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
