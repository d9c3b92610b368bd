package academy.anxin.kernel.domain;

import java.util.Optional;

/**
 * Signs and checks audit checkpoints with the platform's key. The kernel holds no keys: credentials, which keeps
 * the platform's RS256 signing keys and publishes them at {@code /.well-known/jwks.json}, implements this port as
 * a CDI {@code @Alternative} with {@code @Priority}. The kernel's default ({@code application.NoCheckpointSigner})
 * signs nothing, so a platform without credentials writes no checkpoints rather than unsigned ones.
 */
public interface CheckpointSigner {

    /** The claims signed as a compact JWS, or empty when there is no key to sign with. */
    Optional<String> sign(AuditCheckpoint.Claims claims);

    /**
     * The claims a compact JWS carries when its signature verifies against one of the platform's keys (active or
     * retired); empty for a forged, altered, unsigned or unreadable one.
     */
    Optional<AuditCheckpoint.Claims> verified(String compactJws);
}
