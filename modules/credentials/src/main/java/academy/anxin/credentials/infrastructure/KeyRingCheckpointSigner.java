package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.infrastructure.signing.CheckpointJws;
import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.CheckpointSigner;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The kernel's audit checkpoints signed with the platform's signing keys, the same RS256 keys that sign
 * credentials and are published at {@code /.well-known/jwks.json}; replaces the kernel's key-less default.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class KeyRingCheckpointSigner implements CheckpointSigner {

    @Inject
    StoredSigningKeys keys;

    @Override
    public Optional<String> sign(AuditCheckpoint.Claims claims) {
        return Optional.of(new CheckpointJws(keys.loadedRing()).sign(claims));
    }

    @Override
    public Optional<AuditCheckpoint.Claims> verified(String compactJws) {
        return new CheckpointJws(keys.loadedRing()).verified(compactJws);
    }
}
