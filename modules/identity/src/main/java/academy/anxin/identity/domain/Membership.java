package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's place in one organization: since when, and which roles they hold there. Every member is a
 * volunteer; supervisor and organization admin are added on top. A membership always keeps at least one role.
 */
@Entity
@Table(name = "idn_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    // one column, so that a role change is a change of this row and bumps its version (optimistic locking)
    @Convert(converter = RoleSetConverter.class)
    @Column(name = "roles", nullable = false, length = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
        // for JPA
    }

    public static Membership join(long personId, long organizationId, Set<Role> roles, Instant at) {
        Membership membership = new Membership();
        membership.personId = personId;
        membership.organizationId = organizationId;
        membership.joinedAt = at;
        membership.assign(roles);
        return membership;
    }

    /** Replaces the roles; the volunteer role is implied by membership and always kept. */
    public void assign(Set<Role> newRoles) {
        EnumSet<Role> next = newRoles == null || newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        next.add(Role.VOLUNTEER);
        roles = next;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Refuses to take the admin role away from the organization's last admin: someone must be able to manage it. */
    public void assignKeepingAnAdmin(Set<Role> newRoles, long otherAdmins) {
        boolean losesAdmin = holds(Role.ORG_ADMIN) && (newRoles == null || !newRoles.contains(Role.ORG_ADMIN));
        if (losesAdmin && otherAdmins == 0) {
            throw new DomainException("roles", "identity.membership.lastAdmin");
        }
        assign(newRoles);
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long organizationId() {
        return organizationId;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public long version() {
        return version;
    }
}
