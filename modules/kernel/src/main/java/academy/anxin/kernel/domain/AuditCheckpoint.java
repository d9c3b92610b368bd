package academy.anxin.kernel.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement of where the audit trail stood: its head's sequence and hash at a moment, signed with the
 * platform's key ({@code jws}, a compact JWS whose payload says the same three things). Checkpoints are kept
 * outside the database (an append-only file, and a public endpoint that outside parties copy), so that someone who
 * can rewrite the database, and with it every hash and the head, still cannot make the trail match them again.
 *
 * <p>One checkpoint is one JSON line: {@code {"sequence":12,"hash":"…","at":"2026-…Z","jws":"eyJ…"}}. Every value
 * is digits, hex, an ISO instant or base64url, so the line is written and read without a JSON library and
 * without escaping; a line that does not have exactly this shape is {@linkplain #unreadable(String) unreadable}
 * and fails verification like a forged one.
 */
public record AuditCheckpoint(long sequence, String hash, Instant at, String jws) {

    /**
     * Actions after which a checkpoint is written at once rather than at the next interval: the decisions an
     * outside party relies on (sign-offs, issuance, suspension, reinstatement, revocation, expiry), whose entries
     * are the ones worth rewriting for someone with database access.
     */
    public static final Set<String> ANCHORING_ACTIONS = Set.of(
            "PRACTICE_APPROVED", "PRACTICE_RETURNED", "PRACTICE_REJECTED",
            "COMPETENCY_ASSESSED", "COMPETENCY_REVERSED",
            "CREDENTIAL_ISSUED", "CREDENTIAL_RENEWED", "CREDENTIAL_SUSPENDED", "CREDENTIAL_REINSTATED",
            "CREDENTIAL_REVOKED", "CREDENTIAL_EXPIRED");

    private static final Pattern LINE = Pattern.compile(
            "\\{\"sequence\":(\\d{1,18}),\"hash\":\"([0-9a-f]{64})\",\"at\":\"([0-9TZ:.\\-]{20,40})\","
                    + "\"jws\":\"([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)\"}");

    public AuditCheckpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(jws, "jws");
    }

    /** What a checkpoint asserts, as signed: the head's sequence and hash, and when. */
    public record Claims(long sequence, String hash, Instant at) {

        public Claims {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A signal that an anchoring action committed and a checkpoint should follow soon, off the caller's thread. */
    public record Due(String action) {
    }

    public static AuditCheckpoint of(Claims claims, String jws) {
        return new AuditCheckpoint(claims.sequence(), claims.hash(), claims.at(), jws);
    }

    public Claims claims() {
        return new Claims(sequence, hash, at);
    }

    /** The JSON line as stored and published. */
    public String toLine() {
        return "{\"sequence\":" + sequence + ",\"hash\":\"" + hash + "\",\"at\":\"" + at + "\",\"jws\":\"" + jws
                + "\"}";
    }

    /** Reads a stored line; a line of any other shape becomes an {@linkplain #unreadable unreadable} checkpoint. */
    public static AuditCheckpoint parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return unreadable(line);
        }
        try {
            return new AuditCheckpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4));
        } catch (DateTimeParseException e) {
            return unreadable(line);
        }
    }

    /**
     * A line that is not a checkpoint: kept, not skipped, because a file the platform only appends to should hold
     * nothing else, and someone who damaged a line may have meant to hide the checkpoint it was.
     */
    public static AuditCheckpoint unreadable(String line) {
        return new AuditCheckpoint(-1, "", Instant.EPOCH, line == null ? "" : line);
    }

    public boolean readable() {
        return sequence >= 0;
    }
}
