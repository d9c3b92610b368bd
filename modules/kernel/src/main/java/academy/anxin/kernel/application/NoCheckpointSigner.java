package academy.anxin.kernel.application;

import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The kernel's own {@link CheckpointSigner}: it has no key, so it signs nothing and trusts nothing. Credentials
 * replaces it with the platform's signing keys; without credentials no checkpoint is written, which is better than
 * an unsigned one that anybody could have made.
 */
@ApplicationScoped
public class NoCheckpointSigner implements CheckpointSigner {

    @Override
    public Optional<String> sign(AuditCheckpoint.Claims claims) {
        return Optional.empty();
    }

    @Override
    public Optional<AuditCheckpoint.Claims> verified(String compactJws) {
        return Optional.empty();
    }
}
