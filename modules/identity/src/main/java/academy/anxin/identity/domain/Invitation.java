package academy.anxin.identity.domain;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An organization's offer of membership to an email address, so that nobody becomes a member without saying yes.
 * An admin offers it (roles, and a member-since date when the person served before); the person holding that
 * address accepts, which makes the {@link Membership}, or declines; the organization may withdraw it while it is
 * pending. It lapses after {@link #VALID_FOR}. Each step is decided once: a decided invitation never changes again.
 * The organization knows the address it typed and the status, never who holds the address until they accept.
 */
@Entity
@Table(name = "idn_invitation")
public class Invitation {

    /** Long enough for a volunteer who logs in once a fortnight; short enough that a stale offer does not linger. */
    public static final Duration VALID_FOR = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "roles", nullable = false, length = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "member_since")
    private Instant memberSince;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvitationStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Invitation() {
        // for JPA
    }

    /**
     * An offer made now by {@code invitedBy}. {@code memberSince} is null for a member from the day they accept,
     * or the day the person has served the organization since.
     */
    public static Invitation offer(long organizationId, EmailAddress email, Set<Role> roles, Instant memberSince,
                                   long invitedBy, Instant at) {
        Invitation invitation = new Invitation();
        invitation.organizationId = organizationId;
        invitation.email = email.value();
        EnumSet<Role> offered = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        offered.add(Role.VOLUNTEER); // as a membership always holds it
        invitation.roles = offered;
        invitation.memberSince = memberSince;
        invitation.invitedBy = invitedBy;
        invitation.invitedAt = at;
        invitation.expiresAt = at.plus(VALID_FOR);
        invitation.status = InvitationStatus.PENDING;
        return invitation;
    }

    /** The status as of {@code now}: a pending invitation past its time has expired. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /** Whether it is addressed to this email (the only person who may accept or decline it). */
    public boolean isFor(EmailAddress address) {
        return email.equals(address.value());
    }

    /**
     * The person holding the invited address says yes: the membership it offered, from the member-since day or
     * from now. Refused to anyone else, and once the invitation is no longer pending.
     */
    public Membership accept(long personId, EmailAddress personEmail, Instant at) {
        decide(personId, personEmail, InvitationStatus.ACCEPTED, at);
        return Membership.join(personId, organizationId, roles, memberSince == null ? at : memberSince);
    }

    /** The person holding the invited address says no. */
    public void decline(long personId, EmailAddress personEmail, Instant at) {
        decide(personId, personEmail, InvitationStatus.DECLINED, at);
    }

    /** The organization takes back an offer still pending; {@code by} is an admin the service has checked. */
    public void withdraw(long by, Instant at) {
        requirePending(at);
        status = InvitationStatus.WITHDRAWN;
        decidedBy = by;
        decidedAt = at;
    }

    private void decide(long personId, EmailAddress personEmail, InvitationStatus decision, Instant at) {
        if (!isFor(personEmail)) {
            throw new AccessDenied(); // someone else's invitation: as if there were none
        }
        requirePending(at);
        status = decision;
        decidedBy = personId;
        decidedAt = at;
    }

    private void requirePending(Instant at) {
        if (statusAt(at) != InvitationStatus.PENDING) {
            throw new DomainException("invitation", "identity.invitation.notPending");
        }
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant memberSince() {
        return memberSince;
    }

    public long invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
