package academy.anxin.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.AuditCheckpoint;
import academy.anxin.kernel.domain.AuditCheckpoints;
import academy.anxin.kernel.domain.CheckpointSigner;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When checkpoints are written: only when the head moved, only when signed, and once for a burst of actions. */
class AuditAnchorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private long headSequence = 5;
    private final List<AuditCheckpoint> written = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final AuditAnchor anchor = new AuditAnchor();

    AuditAnchorTest() {
        anchor.trail = new AuditTrail() {
            @Override
            public AuditCheckpoint.Claims head() {
                return new AuditCheckpoint.Claims(headSequence, Long.toString(headSequence).repeat(64)
                        .substring(0, 64), NOW);
            }
        };
        anchor.checkpoints = new AuditCheckpoints() {
            @Override
            public void append(AuditCheckpoint checkpoint) {
                written.add(checkpoint);
            }

            @Override
            public List<AuditCheckpoint> all() {
                return List.copyOf(written);
            }

            @Override
            public List<AuditCheckpoint> after(long after, int limit) {
                return written.stream().filter(c -> c.sequence() > after).limit(limit).toList();
            }

            @Override
            public long lastSequence() {
                return written.stream().mapToLong(AuditCheckpoint::sequence).max().orElse(0);
            }
        };
        anchor.signer = signing(true);
        anchor.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        queued.add((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static CheckpointSigner signing(boolean hasKey) {
        return new CheckpointSigner() {
            @Override
            public Optional<String> sign(AuditCheckpoint.Claims claims) {
                return hasKey ? Optional.of("h.p" + claims.sequence() + ".s") : Optional.empty();
            }

            @Override
            public Optional<AuditCheckpoint.Claims> verified(String compactJws) {
                return Optional.empty();
            }
        };
    }

    @Test
    void aCheckpointIsWrittenOnlyWhenTheHeadMoved() {
        assertEquals(5, anchor.checkpoint().orElseThrow().sequence());
        assertTrue(anchor.checkpoint().isEmpty(), "the head did not move");
        headSequence = 9;
        assertEquals(9, anchor.checkpoint().orElseThrow().sequence());
        assertEquals(List.of(5L, 9L), written.stream().map(AuditCheckpoint::sequence).toList());
    }

    @Test
    void withoutAKeyNothingIsWritten() {
        anchor.signer = signing(false);
        assertTrue(anchor.checkpoint().isEmpty());
        assertTrue(written.isEmpty());
    }

    @Test
    void aBurstOfAnchoringActionsGivesOneCheckpointOffTheCallersThread() {
        for (int i = 0; i < 50; i++) {
            anchor.onAnchoringAction(new AuditCheckpoint.Due("CREDENTIAL_ISSUED"));
        }
        assertTrue(written.isEmpty(), "nothing written on the committing thread");
        assertEquals(1, queued.size());
        queued.remove(0).run();
        assertEquals(1, written.size());
        headSequence = 6;
        anchor.onAnchoringAction(new AuditCheckpoint.Due("CREDENTIAL_SUSPENDED"));
        queued.remove(0).run();
        assertEquals(List.of(5L, 6L), written.stream().map(AuditCheckpoint::sequence).toList());
    }

    @Test
    void signOffsIssuanceSuspensionAndRevocationAnchorAtOnce() {
        for (String action : List.of("PRACTICE_APPROVED", "COMPETENCY_ASSESSED", "CREDENTIAL_ISSUED",
                "CREDENTIAL_SUSPENDED", "CREDENTIAL_REVOKED")) {
            assertTrue(AuditCheckpoint.ANCHORING_ACTIONS.contains(action), action);
        }
    }
}
