package academy.anxin.credentials.infrastructure.signing;

import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.CLOCK;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.JWKS;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.AuditCheckpoint;
import com.nimbusds.jose.util.Base64URL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointJwsTest {

    private static final AuditCheckpoint.Claims HEAD = new AuditCheckpoint.Claims(42, "ab".repeat(32), NOW);

    private final SigningKeyRing ring = SigningKeyRing.withNewKey(JWKS, CLOCK);
    private final CheckpointJws jws = new CheckpointJws(ring);

    @Test
    void aCheckpointSignedWithThePlatformsKeyVerifiesToItsClaims() {
        String signed = jws.sign(HEAD);
        assertEquals(Optional.of(HEAD), jws.verified(signed));
        assertTrue(new String(Base64URL.from(signed.split("\\.")[0]).decode()).contains(CheckpointJws.TYPE));
    }

    @Test
    void aCheckpointSignedByARetiredKeyStillVerifies() {
        String signed = jws.sign(HEAD);
        ring.rotate();
        assertEquals(Optional.of(HEAD), new CheckpointJws(ring).verified(signed));
    }

    @Test
    void anAlteredPayloadAnotherKeyOrNoSignatureIsRefused() {
        String[] parts = jws.sign(HEAD).split("\\.");
        String otherHash = jws.sign(new AuditCheckpoint.Claims(42, "cd".repeat(32), NOW)).split("\\.")[1];
        String stranger = new CheckpointJws(SigningKeyRing.withNewKey(JWKS, CLOCK)).sign(HEAD);
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"" + CheckpointJws.TYPE + "\"}") + "." + parts[1]
                + ".";
        for (String forged : List.of(parts[0] + "." + otherHash + "." + parts[2], stranger, none, "not a jws", "")) {
            assertEquals(Optional.empty(), jws.verified(forged), forged);
        }
    }

    @Test
    void anotherSignedDocumentOfThePlatformIsNoCheckpoint() {
        String badge = new OpenBadgeIssuer(ring).issueBadge(SigningFixtures.helplineBadge()).compactJws();
        assertEquals(Optional.empty(), jws.verified(badge));
    }
}
