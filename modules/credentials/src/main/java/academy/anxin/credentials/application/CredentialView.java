package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.kernel.domain.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * A credential as pages and the API show it: what it certifies, to whom (the name the holder chose to show), the
 * approved practice hours it was issued on, its validity and its status now. {@code history} is only filled for
 * its holder and the admins who act on it.
 */
public record CredentialView(String number, long holderId, String holderName, String code, boolean tier,
                             LocalizedText title, int approvedMinutes, Instant validFrom, Instant validUntil,
                             CredentialStatus status, boolean expiringSoon, List<StatusEvent> history) {

    public CredentialView {
        history = List.copyOf(history);
    }

    public boolean isValid() {
        return status.isValid();
    }

    public double approvedHours() {
        return Math.round(approvedMinutes / 6.0) / 10.0;
    }
}
