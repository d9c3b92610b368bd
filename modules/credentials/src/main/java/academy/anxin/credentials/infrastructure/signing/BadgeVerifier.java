package academy.anxin.credentials.infrastructure.signing;

import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import academy.anxin.credentials.infrastructure.signing.CredentialRejected.Reason;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Verifies a credential in VC-JWT form against a published JWK Set, as OB 3.0 §8.2 "Verify a Credential" lays
 * out: RS256 only, the key chosen by {@code kid} and never taken from the token itself, the signature, then each
 * JWT claim against the credential it wraps ({@code iss} = issuer id, {@code sub} = subject id, {@code jti} = id,
 * {@code nbf} = validFrom, {@code exp} = validUntil) and the validity period against the clock.
 *
 * <p>Every refusal is a {@link CredentialRejected} with its {@link Reason}. Status (revoked, suspended) is a
 * separate question, answered with {@link #verifyStatusList} and the credential's {@code credentialStatus}.
 */
public final class BadgeVerifier {

    /** Tolerance for clocks that disagree between the issuing node and the verifier. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private static final List<String> JWT_CLAIMS = List.of("iss", "sub", "jti", "nbf", "exp");

    private final Supplier<JWKSet> keys;
    private final Clock clock;

    /** @param keys the published key set, read at each verification so that a rotation shows at once */
    public BadgeVerifier(Supplier<JWKSet> keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BadgeVerifier(JWKSet keys, Clock clock) {
        this(() -> keys, clock);
    }

    /** Verifies any credential of ours (badge or status list) and returns it as issued. */
    public VerifiedCredential verify(String compactJws) {
        requireRs256(compactJws);
        SignedJWT jwt = parse(compactJws);
        String kid = jwt.getHeader().getKeyID();
        if (kid == null) {
            throw new CredentialRejected(Reason.MISSING_KEY_ID, "the JOSE header names no kid");
        }
        checkSignature(jwt, publicKey(kid));
        JWTClaimsSet claims = claims(jwt);
        Map<String, Object> credential = credential(jwt);
        checkClaimsMatch(claims, credential);
        checkValidityPeriod(claims);
        return new VerifiedCredential(kid, credential);
    }

    /** Verifies an {@code OpenBadgeCredential}. */
    public VerifiedCredential verifyBadge(String compactJws) {
        VerifiedCredential verified = verify(compactJws);
        requireType(verified, CredentialDocuments.OPEN_BADGE_CREDENTIAL);
        return verified;
    }

    /**
     * Verifies a {@code BitstringStatusListCredential} for {@code purpose} and returns its bits, as the Validate
     * Algorithm of Bitstring Status List v1.0 §3.2 does before it reads a credential's bit.
     */
    public BitstringStatusList verifyStatusList(String compactJws, Purpose purpose) {
        VerifiedCredential verified = verify(compactJws);
        requireType(verified, CredentialDocuments.STATUS_LIST_CREDENTIAL);
        Map<String, Object> subject = verified.credentialSubject();
        if (!CredentialDocuments.STATUS_LIST.equals(subject.get("type"))) {
            throw new CredentialRejected(Reason.NOT_A_CREDENTIAL, "the subject is not a BitstringStatusList");
        }
        Object purposes = subject.get("statusPurpose");
        boolean matches = purposes instanceof List<?> list ? list.contains(purpose.value())
                : purpose.value().equals(purposes);
        if (!matches) {
            throw new CredentialRejected(Reason.NOT_A_CREDENTIAL, "the list's statusPurpose is not " + purpose.value());
        }
        try {
            return BitstringStatusList.decode(String.valueOf(subject.get("encodedList")));
        } catch (IllegalArgumentException malformed) {
            throw new CredentialRejected(Reason.MALFORMED, malformed.getMessage(), malformed);
        }
    }

    /**
     * Reads {@code alg} before anything else, so that "none", HS256 (a public key used as an HMAC secret) and any
     * other algorithm are refused by name rather than by a parser's accident.
     */
    private static void requireRs256(String compactJws) {
        if (compactJws == null) {
            throw new CredentialRejected(Reason.MALFORMED, "no token");
        }
        String[] parts = compactJws.split("\\.", -1);
        if (parts.length != 3) {
            throw new CredentialRejected(Reason.MALFORMED, "a compact JWS has three parts, this has " + parts.length);
        }
        Object alg;
        try {
            alg = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString()).get("alg");
        } catch (ParseException | RuntimeException notJson) {
            throw new CredentialRejected(Reason.MALFORMED, "the JOSE header is not a JSON object", notJson);
        }
        if (!JWSAlgorithm.RS256.getName().equals(alg)) {
            throw new CredentialRejected(Reason.ALGORITHM_NOT_ALLOWED, "only RS256 is accepted, not " + alg);
        }
    }

    private static SignedJWT parse(String compactJws) {
        try {
            return SignedJWT.parse(compactJws);
        } catch (ParseException malformed) {
            throw new CredentialRejected(Reason.MALFORMED, malformed.getMessage(), malformed);
        }
    }

    private RSAKey publicKey(String kid) {
        JWK jwk = keys.get().getKeyByKeyId(kid);
        if (!(jwk instanceof RSAKey rsa)) {
            throw new CredentialRejected(Reason.UNKNOWN_KEY, "no published RSA key with kid " + kid);
        }
        return rsa.toPublicJWK();
    }

    private static void checkSignature(SignedJWT jwt, RSAKey key) {
        boolean valid;
        try {
            valid = jwt.verify(new RSASSAVerifier(key));
        } catch (JOSEException cannotVerify) {
            throw new CredentialRejected(Reason.BAD_SIGNATURE, cannotVerify.getMessage(), cannotVerify);
        }
        if (!valid) {
            throw new CredentialRejected(Reason.BAD_SIGNATURE, "the signature does not match the signed content");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException malformed) {
            throw new CredentialRejected(Reason.MALFORMED, malformed.getMessage(), malformed);
        }
    }

    /** The payload without the JWT claims; {@code exp} sets {@code validUntil} when the credential lacks one. */
    private static Map<String, Object> credential(SignedJWT jwt) {
        Map<String, Object> credential = new LinkedHashMap<>(jwt.getPayload().toJSONObject());
        Object exp = credential.get("exp");
        JWT_CLAIMS.forEach(credential::remove);
        if (!(credential.get("type") instanceof List<?> types)
                || !types.contains(CredentialDocuments.VERIFIABLE_CREDENTIAL)) {
            throw new CredentialRejected(Reason.NOT_A_CREDENTIAL, "type does not include VerifiableCredential");
        }
        if (exp instanceof Number seconds && !credential.containsKey("validUntil")) {
            credential.put("validUntil", Instant.ofEpochSecond(seconds.longValue()).toString());
        }
        return credential;
    }

    private static void checkClaimsMatch(JWTClaimsSet claims, Map<String, Object> credential) {
        VerifiedCredential view = new VerifiedCredential(null, credential);
        try {
            same("iss", claims.getIssuer(), view.issuerId());
            same("jti", claims.getJWTID(), view.id());
            if (view.subjectId() != null || claims.getSubject() != null) {
                same("sub", claims.getSubject(), view.subjectId());
            }
            same("nbf", seconds(claims.getNotBeforeTime()), seconds(view.validFrom()));
            same("exp", seconds(claims.getExpirationTime()), seconds(view.validUntil()));
        } catch (DateTimeParseException | ClassCastException | IllegalArgumentException malformed) {
            throw new CredentialRejected(Reason.MALFORMED, "unreadable credential property: " + malformed.getMessage(),
                    malformed);
        }
    }

    private static void same(String claim, Object inToken, Object inCredential) {
        if (inToken == null && !"exp".equals(claim)) {
            throw new CredentialRejected(Reason.CLAIMS_MISMATCH, "the " + claim + " claim is missing");
        }
        if (!Objects.equals(inToken, inCredential)) {
            throw new CredentialRejected(Reason.CLAIMS_MISMATCH,
                    "the " + claim + " claim (" + inToken + ") differs from the credential (" + inCredential + ")");
        }
    }

    private void checkValidityPeriod(JWTClaimsSet claims) {
        Instant now = clock.instant();
        if (claims.getNotBeforeTime().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new CredentialRejected(Reason.NOT_YET_VALID, "valid from " + claims.getNotBeforeTime().toInstant());
        }
        Date exp = claims.getExpirationTime();
        if (exp != null && !exp.toInstant().isAfter(now.minus(CLOCK_SKEW))) {
            throw new CredentialRejected(Reason.EXPIRED, "expired at " + exp.toInstant());
        }
    }

    private static void requireType(VerifiedCredential verified, String type) {
        if (!verified.types().contains(type)) {
            throw new CredentialRejected(Reason.NOT_A_CREDENTIAL, "type does not include " + type);
        }
    }

    private static Instant seconds(Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
