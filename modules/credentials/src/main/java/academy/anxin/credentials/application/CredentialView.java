package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.kernel.domain.Tier;
import java.time.Instant;
import java.util.List;

/**
 * A credential as pages and the API show it: what it certifies, to whom (the name the holder chose to show), the
 * approved practice hours it was issued on, its validity and its status now. {@code history} is only filled for
 * its holder and the admins who act on it.
 */
public record CredentialView(String number, long holderId, String holderName, CredentialKind kind,
                             LocalizedText title, int approvedMinutes, Instant validFrom, Instant validUntil,
                             CredentialStatus status, boolean expiringSoon, List<StatusEvent> history)
                                     implements java.io.Serializable {

    public CredentialView {
        history = List.copyOf(history);
    }

    /** "L2" or "DISABILITY", as numbers, content and the API write it. */
    public String code() {
        return kind.code();
    }

    /** True when it certifies this very tier (never for an endorsement). */
    public boolean isTier(Tier tier) {
        return kind.tier() == tier;
    }

    public boolean isValid() {
        return status.isValid();
    }

    public double approvedHours() {
        return Math.round(approvedMinutes / 6.0) / 10.0;
    }

    /** This credential as seen by an organization that suspended it for its own checks: suspended, if active. */
    public CredentialView suspendedForOrganization() {
        if (status != CredentialStatus.ACTIVE) {
            return this;
        }
        return new CredentialView(number, holderId, holderName, kind, title, approvedMinutes, validFrom, validUntil,
                CredentialStatus.SUSPENDED, expiringSoon, history);
    }
}
