package academy.anxin.credentials.infrastructure.signing;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.StatusListClaims;
import java.util.Objects;

/**
 * Issues the platform's signed proofs: an Open Badges 3.0 credential for each issued tier or endorsement, and the
 * status list credentials that publish suspensions and revocations. Plain Java, so that a CDI producer can wrap it
 * around the stored key ring.
 */
public final class OpenBadgeIssuer {

    private final VcJwtSigner signer;

    public OpenBadgeIssuer(SigningKeyRing keys) {
        this.signer = new VcJwtSigner(Objects.requireNonNull(keys, "keys"));
    }

    public SignedCredential issueBadge(BadgeClaims claims) {
        return signer.sign(CredentialDocuments.openBadge(claims));
    }

    public SignedCredential issueStatusList(StatusListClaims claims) {
        return signer.sign(CredentialDocuments.statusList(claims));
    }
}
