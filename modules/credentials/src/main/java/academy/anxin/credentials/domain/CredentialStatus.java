package academy.anxin.credentials.domain;

/**
 * Where a credential stands at a moment, derived from its status events and validity dates. "Expiring" is not a
 * status: a credential within {@link Credential#REMINDER_LEAD} of its end is still {@code ACTIVE}, fully valid,
 * and {@link Credential#expiringSoon} says so for the reminder and the org admin's list.
 */
public enum CredentialStatus {
    ACTIVE, SUSPENDED, EXPIRED, REVOKED;

    /** Only an active credential counts: for verification, for prerequisites, for sign-off entitlement. */
    public boolean isValid() {
        return this == ACTIVE;
    }
}
