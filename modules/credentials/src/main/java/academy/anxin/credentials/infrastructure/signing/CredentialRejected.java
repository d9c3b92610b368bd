package academy.anxin.credentials.infrastructure.signing;

import java.util.Objects;

/** A signed credential did not verify; {@link #reason()} says which check refused it, for an API answer or a log. */
public final class CredentialRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each check of {@link BadgeVerifier}, in the order it runs. */
    public enum Reason {
        /** Not a compact JWS, or a payload that is not a JSON object with well-formed claims. */
        MALFORMED,
        /** Any algorithm but RS256, "none" and HS256 among them. */
        ALGORITHM_NOT_ALLOWED,
        /** No {@code kid} in the header. */
        MISSING_KEY_ID,
        /** A {@code kid} that is not in the published key set. */
        UNKNOWN_KEY,
        /** The signature does not match the header and payload: forged or altered. */
        BAD_SIGNATURE,
        /** The payload is not a verifiable credential of the expected kind. */
        NOT_A_CREDENTIAL,
        /** A JWT claim ({@code iss}, {@code sub}, {@code jti}, {@code nbf}, {@code exp}) contradicts the credential. */
        CLAIMS_MISMATCH,
        /** {@code nbf} (validFrom) is still ahead. */
        NOT_YET_VALID,
        /** {@code exp} (validUntil) has passed. */
        EXPIRED
    }

    private final Reason reason;

    public CredentialRejected(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public CredentialRejected(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
