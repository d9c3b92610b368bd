package academy.anxin.credentials.domain;

import java.time.Instant;

/**
 * A suspension an organization records for its own checks: while it stands, that organization's verification
 * calls find the credential suspended; every other organization, the public check and the status list still see
 * the credential as it is. It is how an organization acts on what it answers for without refusing a volunteer
 * elsewhere (see {@link SuspensionScope}). Lifting it is a separate fact; nothing is deleted.
 */
public record OrganizationSuspension(long id, String number, long holderId, long organizationId, String reason,
                                     String suspendedBy, Instant suspendedAt) {

    /**
     * A new suspension of an active credential by an organization, with the reason and actor a credential's own
     * suspension needs; refused when the credential is not active (a suspended one is refused everywhere already).
     */
    public static OrganizationSuspension record(Credential credential, long organizationId, String actor,
                                                String reason, Instant at) {
        credential.requireActive(at); // the same refusals a platform-wide suspension gives
        return new OrganizationSuspension(0, credential.number().text(), credential.holderId(), organizationId,
                Credential.reason(reason), Credential.actor(actor), at);
    }

    /** The reason given for lifting it, checked as a reinstatement's reason is. */
    public static String liftReason(String reason) {
        return Credential.reason(reason);
    }
}
