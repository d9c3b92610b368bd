package academy.anxin.identity.domain;

/**
 * Where an invitation stands. {@code PENDING} until the invited person accepts or declines, or the organization
 * withdraws it; {@code EXPIRED} is never stored: it is a pending invitation whose time has passed.
 */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
}
