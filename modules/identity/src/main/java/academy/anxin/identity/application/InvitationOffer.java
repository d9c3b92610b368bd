package academy.anxin.identity.application;

import academy.anxin.identity.domain.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A pending invitation as the invited person sees it in their account: which organization, with which roles, since
 * when (null: from the day they accept), and until when they may answer.
 */
public record InvitationOffer(long id, OrganizationView organization, Set<Role> roles, Instant memberSince,
                              Instant invitedAt, Instant expiresAt) {
}
