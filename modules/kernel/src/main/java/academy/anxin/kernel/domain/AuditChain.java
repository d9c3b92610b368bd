package academy.anxin.kernel.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain behind the audit trail. Each entry's hash covers its predecessor's hash and every field of its
 * own, length-prefixed so that no two different entries can serialize to the same text. Checking the chain
 * walks it in order and names the first entry that does not fit.
 */
public final class AuditChain {

    /** The predecessor hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditEvent event) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, event.previousHash());
        field(canonical, Long.toString(event.sequence()));
        field(canonical, event.occurredAt().toString());
        field(canonical, event.actor());
        field(canonical, event.action());
        field(canonical, event.subject());
        field(canonical, event.detail());
        field(canonical, event.address());
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
            expectedPrevious = event.hash();
            expectedSequence++;
            checked++;
        }
        if (checked != headSequence || !expectedPrevious.equals(headHash == null ? GENESIS : headHash)) {
            return ChainCheck.broken(checked, checked + 1, "head");
        }
        return ChainCheck.intact(checked);
    }

    /** The outcome of a check: how many entries were found sound, and where and why the chain broke if it did. */
    public record ChainCheck(boolean intact, long entriesChecked, long brokenAt, String reason) {

        static ChainCheck intact(long checked) {
            return new ChainCheck(true, checked, 0, null);
        }

        static ChainCheck broken(long checked, long at, String reason) {
            return new ChainCheck(false, checked, at, reason);
        }
    }
}
