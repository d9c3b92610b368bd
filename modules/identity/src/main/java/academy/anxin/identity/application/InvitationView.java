package academy.anxin.identity.application;

import academy.anxin.identity.domain.Invitation;
import academy.anxin.identity.domain.InvitationStatus;
import academy.anxin.identity.domain.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One invitation as the inviting organization's admins see it: the address they typed, the roles offered and where
 * it stands. Nothing of the person behind the address, whether they are registered or not.
 */
public record InvitationView(long id, String email, Set<Role> roles, InvitationStatus status, Instant invitedAt,
                             Instant expiresAt) implements java.io.Serializable {

    static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(invitation.id(), invitation.email(), EnumSet.copyOf(invitation.roles()),
                invitation.statusAt(now), invitation.invitedAt(), invitation.expiresAt());
    }

    public boolean isPending() {
        return status == InvitationStatus.PENDING;
    }
}
