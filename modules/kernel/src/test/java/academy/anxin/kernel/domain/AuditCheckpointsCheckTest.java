package academy.anxin.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit chain checked against signed checkpoints: what the chain alone cannot notice (a row rewritten with
 * every later hash and the head recomputed, the newest rows cut and the head moved back) is found, and so is a
 * checkpoint whose signature does not hold.
 */
class AuditCheckpointsCheckTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    /** Signs by appending a keyed digest of the claims: enough to tell a genuine checkpoint from a forged one. */
    static final class TestSigner implements CheckpointSigner {
        private static final String KEY = "the platform's key";
        private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

        @Override
        public Optional<String> sign(AuditCheckpoint.Claims claims) {
            String payload = B64.encodeToString((claims.sequence() + " " + claims.hash() + " " + claims.at())
                    .getBytes(StandardCharsets.UTF_8));
            return Optional.of("eyJhbGciOiJ0ZXN0In0." + payload + "." + mac(payload));
        }

        @Override
        public Optional<AuditCheckpoint.Claims> verified(String jws) {
            String[] parts = jws.split("\\.");
            if (parts.length != 3 || !mac(parts[1]).equals(parts[2])) {
                return Optional.empty();
            }
            String[] claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split(" ");
            return Optional.of(new AuditCheckpoint.Claims(Long.parseLong(claims[0]), claims[1],
                    Instant.parse(claims[2])));
        }

        private static String mac(String payload) {
            return AuditChain.hash(KEY, 0, T0, payload, "MAC", null, null, null).substring(0, 43);
        }
    }

    private final TestSigner signer = new TestSigner();

    private static List<AuditEvent> chainOf(int length) {
        return rechained(new ArrayList<>(), length, 0);
    }

    /** Appends entries to {@code chain} until it is {@code length} long; entry i says "attempt i" plus a tweak. */
    private static List<AuditEvent> rechained(List<AuditEvent> chain, int length, int tweakFrom) {
        while (chain.size() < length) {
            int i = chain.size();
            long previousSequence = chain.isEmpty() ? 0 : chain.get(i - 1).sequence();
            String previousHash = chain.isEmpty() ? AuditChain.GENESIS : chain.get(i - 1).hash();
            String detail = "attempt " + i + (i + 1 >= tweakFrom && tweakFrom > 0 ? " (rewritten)" : "");
            chain.add(AuditEvent.append(new AuditRecord("person:" + i, "LOGIN_FAILED", "person:" + i, detail, null),
                    previousSequence, previousHash, T0.plusSeconds(i)));
        }
        return chain;
    }

    private AuditCheckpoint checkpointAt(List<AuditEvent> chain, int sequence) {
        AuditCheckpoint.Claims claims = new AuditCheckpoint.Claims(sequence, chain.get(sequence - 1).hash(),
                T0.plusSeconds(60L * sequence));
        return AuditCheckpoint.of(claims, signer.sign(claims).orElseThrow());
    }

    private AuditChain.ChainCheck check(List<AuditEvent> chain, List<AuditCheckpoint> checkpoints) {
        AuditEvent last = chain.get(chain.size() - 1);
        return AuditChain.verify(chain, last.sequence(), last.hash(), checkpoints, signer);
    }

    @Test
    void aChainThatReachesPastItsCheckpointsIsIntact() {
        List<AuditEvent> chain = chainOf(8);
        var check = check(chain, List.of(checkpointAt(chain, 3), checkpointAt(chain, 6)));
        assertTrue(check.intact(), check.toString());
        assertEquals(8, check.entriesChecked());
    }

    @Test
    void aRowRewrittenWithEveryLaterHashAndTheHeadRecomputedMissesTheCheckpoint() {
        List<AuditEvent> original = chainOf(8);
        List<AuditCheckpoint> checkpoints = List.of(checkpointAt(original, 3), checkpointAt(original, 6));
        // entry 2 rewritten, 2..8 re-hashed and the head moved to the new last hash: the chain itself is consistent
        List<AuditEvent> forged = rechained(new ArrayList<>(original.subList(0, 1)), 8, 2);
        assertTrue(AuditChain.verify(forged, 8, forged.get(7).hash()).intact(), "the chain alone is fooled");

        var check = check(forged, checkpoints);
        assertFalse(check.intact());
        assertEquals("checkpoint", check.reason());
        assertEquals(3, check.brokenAt(), "the first checkpoint after the rewritten row");
    }

    @Test
    void theNewestRowsCutAndTheHeadMovedBackFallShortOfTheLastCheckpoint() {
        List<AuditEvent> chain = chainOf(8);
        List<AuditCheckpoint> checkpoints = List.of(checkpointAt(chain, 3), checkpointAt(chain, 7));
        List<AuditEvent> cut = chain.subList(0, 5);
        assertTrue(AuditChain.verify(cut, 5, cut.get(4).hash()).intact(), "the chain alone is fooled");

        var check = check(cut, checkpoints);
        assertFalse(check.intact());
        assertEquals("cut", check.reason());
        assertEquals(6, check.brokenAt(), "the first entry missing");
    }

    @Test
    void aCheckpointWhoseSignatureDoesNotHoldIsForged() {
        List<AuditEvent> chain = chainOf(8);
        AuditCheckpoint genuine = checkpointAt(chain, 6);
        String[] parts = genuine.jws().split("\\.");
        AuditCheckpoint.Claims claimed = new AuditCheckpoint.Claims(6, chain.get(5).hash(), T0);
        String otherPayload = signer.sign(claimed).orElseThrow().split("\\.")[1];
        AuditCheckpoint forged = AuditCheckpoint.of(claimed, parts[0] + "." + otherPayload + "." + parts[2]);

        var check = check(chain, List.of(checkpointAt(chain, 3), forged));
        assertFalse(check.intact());
        assertEquals("forged", check.reason());
        assertEquals(6, check.brokenAt());
    }

    @Test
    void aLineThatSaysOtherThanItsSignatureIsForged() {
        List<AuditEvent> chain = chainOf(8);
        AuditCheckpoint genuine = checkpointAt(chain, 6);
        // a rewriter edits the line's plain hash to match the rewritten chain and keeps the genuine signature
        AuditCheckpoint edited = new AuditCheckpoint(6, "f".repeat(64), genuine.at(), genuine.jws());
        assertEquals("forged", check(chain, List.of(edited)).reason());
    }

    @Test
    void anUnreadableLineIsForgedNotSkipped() {
        List<AuditEvent> chain = chainOf(4);
        AuditCheckpoint garbage = AuditCheckpoint.parse("{\"sequence\":3,\"hash\":\"nothing\"}");
        assertFalse(garbage.readable());
        assertEquals("forged", check(chain, List.of(checkpointAt(chain, 2), garbage)).reason());
    }

    @Test
    void twoSignedHashesForOneSequenceBreakTheTrail() {
        List<AuditEvent> original = chainOf(5);
        List<AuditEvent> forged = rechained(new ArrayList<>(original.subList(0, 1)), 5, 2);
        var check = check(forged, List.of(checkpointAt(original, 4), checkpointAt(forged, 4)));
        assertEquals("checkpoint", check.reason());
    }

    @Test
    void aCheckpointLineReadsBackAsWritten() {
        List<AuditEvent> chain = chainOf(3);
        AuditCheckpoint written = checkpointAt(chain, 3);
        String line = written.toLine();
        assertTrue(line.startsWith("{\"sequence\":3,\"hash\":\"" + chain.get(2).hash() + "\""), line);
        assertEquals(written, AuditCheckpoint.parse(line));
        assertTrue(check(chain, List.of(AuditCheckpoint.parse(line))).intact());
    }
}
