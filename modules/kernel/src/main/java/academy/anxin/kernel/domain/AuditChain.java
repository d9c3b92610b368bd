package academy.anxin.kernel.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hash chain behind the audit trail. Each entry's hash covers its predecessor's hash and every field of its
 * own, length-prefixed so that no two different entries can serialize to the same text. Checking the chain
 * walks it in order and names the first entry that does not fit.
 *
 * <p>The chain alone proves only that it is consistent: whoever can write the table can rewrite an entry and
 * recompute every hash after it and the head, or cut the newest entries and move the head back. Checked against
 * signed {@link AuditCheckpoint}s kept outside the database, it also proves that it is the chain the platform
 * wrote: every checkpoint's hash must be the hash of the entry at its sequence, and the chain must reach the last
 * checkpoint.
 */
public final class AuditChain {

    /** The predecessor hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditEvent event) {
        return hash(event.previousHash(), event.sequence(), event.occurredAt(), event.actor(), event.action(),
                event.subject(), event.detail(), event.address());
    }

    /** The hash of an entry given field by field: for an outside verifier reading the rows, and for tests. */
    public static String hash(String previousHash, long sequence, Instant occurredAt, String actor, String action,
                              String subject, String detail, String address) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, previousHash);
        field(canonical, Long.toString(sequence));
        field(canonical, occurredAt.toString());
        field(canonical, actor);
        field(canonical, action);
        field(canonical, subject);
        field(canonical, detail);
        field(canonical, address);
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder into, String value) {
        if (value == null) {
            into.append("-1:");
        } else {
            into.append(value.length()).append(':').append(value);
        }
        into.append('|');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Walks entries in sequence order and reports the first break: a gap or repeat in the sequence, a link to the
     * wrong predecessor, or content that no longer matches its hash. {@code head} is the last sequence and hash
     * the platform itself recorded, so that entries cut off the end are noticed too.
     */
    public static ChainCheck verify(Iterable<AuditEvent> inOrder, long headSequence, String headHash) {
        return verify(inOrder, headSequence, headHash, List.of(), null);
    }

    /**
     * Checks the chain as {@link #verify(Iterable, long, String)} does, and against signed checkpoints: a
     * checkpoint whose signature does not verify, or whose signed claims differ from its line, breaks the trail
     * ("forged", at the sequence it claims); an entry whose hash is not the one a checkpoint signed for its
     * sequence breaks it ("checkpoint": rewritten with every later hash and the head recomputed); a chain that
     * ends before the last checkpoint breaks it ("cut": newest entries removed and the head moved back).
     *
     * @param checkpoints every checkpoint kept, in any order, unreadable lines included
     * @param signer      checks each checkpoint's signature; may be null only when there are no checkpoints
     */
    public static ChainCheck verify(Iterable<AuditEvent> inOrder, long headSequence, String headHash,
                                    List<AuditCheckpoint> checkpoints, CheckpointSigner signer) {
        TreeMap<Long, String> anchors = new TreeMap<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            Optional<AuditCheckpoint.Claims> signed = checkpoint.readable()
                    ? signer.verified(checkpoint.jws()) : Optional.empty();
            if (signed.isEmpty() || !signed.get().equals(checkpoint.claims())) {
                return ChainCheck.broken(0, Math.max(checkpoint.sequence(), 0), "forged");
            }
            String earlier = anchors.putIfAbsent(checkpoint.sequence(), checkpoint.hash());
            if (earlier != null && !earlier.equals(checkpoint.hash())) {
                // two genuine signatures for different hashes at one sequence: the chain was rewritten in between
                return ChainCheck.broken(0, checkpoint.sequence(), "checkpoint");
            }
        }
        long expectedSequence = 1;
        String expectedPrevious = GENESIS;
        long checked = 0;
        for (AuditEvent event : inOrder) {
            if (event.sequence() != expectedSequence) {
                return ChainCheck.broken(checked, expectedSequence, "sequence");
            }
            if (!event.previousHash().equals(expectedPrevious)) {
                return ChainCheck.broken(checked, event.sequence(), "link");
            }
            if (!hash(event).equals(event.hash())) {
                return ChainCheck.broken(checked, event.sequence(), "content");
            }
            String anchored = anchors.get(event.sequence());
            if (anchored != null && !anchored.equals(event.hash())) {
                return ChainCheck.broken(checked, event.sequence(), "checkpoint");
            }
            expectedPrevious = event.hash();
            expectedSequence++;
            checked++;
        }
        if (checked != headSequence || !expectedPrevious.equals(headHash == null ? GENESIS : headHash)) {
            return ChainCheck.broken(checked, checked + 1, "head");
        }
        if (!anchors.isEmpty() && anchors.lastKey() > checked) {
            return ChainCheck.broken(checked, checked + 1, "cut");
        }
        return ChainCheck.intact(checked);
    }

    /** The outcome of a check: how many entries were found sound, and where and why the chain broke if it did. */
    public record ChainCheck(boolean intact, long entriesChecked, long brokenAt, String reason)
            implements java.io.Serializable {

        static ChainCheck intact(long checked) {
            return new ChainCheck(true, checked, 0, null);
        }

        static ChainCheck broken(long checked, long at, String reason) {
            return new ChainCheck(false, checked, at, reason);
        }
    }
}
