package academy.anxin.credentials.infrastructure.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One RSA key pair the platform signs credentials with. A key is born active; when a newer key takes over it is
 * retired, no longer signs, but stays published so that every credential it signed still verifies. Immutable:
 * retiring returns a new value.
 *
 * <p>The {@code kid} is a URI, as Open Badges 3.0 §8.2 asks of the JOSE header's {@code kid} ("a URI that can be
 * dereferenced to an object of type JWK"): the JWKS address with a fragment naming the key, such as
 * {@code https://academy.example/.well-known/jwks.json#2025-06-01-3kTZ1c9Qx0aB}. The fragment is the creation
 * date, for people reading logs, and the start of the key's RFC 7638 thumbprint, for uniqueness.
 */
public final class SigningKey {

    /** RS256 needs at least 2048 bits; 2048 is what every JOSE library verifies, and rotation limits exposure. */
    public static final int KEY_SIZE_BITS = 2048;

    /** How much of the thumbprint names the key: 72 bits, ample among a handful of keys a day. */
    private static final int THUMBPRINT_CHARS = 12;

    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Whether a key signs new credentials or only verifies old ones. */
    public enum State {
        ACTIVE,
        RETIRED
    }

    private final RSAKey jwk;
    private final Instant createdAt;
    private final Instant retiredAt;

    private SigningKey(RSAKey jwk, Instant createdAt, Instant retiredAt) {
        if (!jwk.isPrivate() || jwk.getKeyID() == null) {
            throw new IllegalArgumentException("a signing key needs its private part and a kid");
        }
        if (jwk.size() < KEY_SIZE_BITS) {
            throw new IllegalArgumentException("RSA keys under " + KEY_SIZE_BITS + " bits are refused: " + jwk.size());
        }
        this.jwk = jwk;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.retiredAt = retiredAt;
    }

    /** Generates a new active key whose {@code kid} is {@code jwksUrl} with a fragment naming the key. */
    public static SigningKey generate(URI jwksUrl, Instant now) {
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        try {
            RSAKey generated = new RSAKeyGenerator(KEY_SIZE_BITS).generate();
            String thumbprint = generated.computeThumbprint().toString();
            String kid = withoutFragment(jwksUrl) + "#" + KID_DATE.format(created) + "-"
                    + thumbprint.substring(0, THUMBPRINT_CHARS);
            RSAKey named = new RSAKey.Builder(generated)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new SigningKey(named, created, null);
        } catch (JOSEException keyGenerationFailed) {
            throw new IllegalStateException("cannot generate an RSA signing key", keyGenerationFailed);
        }
    }

    private static String withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    public String kid() {
        return jwk.getKeyID();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the key stopped signing; {@code null} while it is active. */
    public Instant retiredAt() {
        return retiredAt;
    }

    public State state() {
        return retiredAt == null ? State.ACTIVE : State.RETIRED;
    }

    public boolean isActive() {
        return state() == State.ACTIVE;
    }

    /** This key, retired at {@code now}: it verifies but no longer signs. Retiring twice keeps the first date. */
    public SigningKey retire(Instant now) {
        return isActive() ? new SigningKey(jwk, createdAt, now.truncatedTo(ChronoUnit.SECONDS)) : this;
    }

    /** The public half, safe to publish: {@code kty}, {@code n}, {@code e}, {@code kid}, {@code use}, {@code alg}. */
    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }

    /** The full key pair, for the signer in this package only. */
    RSAKey privateJwk() {
        return jwk;
    }

    /**
     * The key as JSON for storage, private part included:
     * {@code {"kid": ..., "createdAt": ..., "retiredAt": ..., "jwk": {...}}}. Whoever stores it must protect it as
     * the secret it is (encrypted column or secret store); it must never reach a log or a response.
     */
    public String toStorageJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kid", kid());
        json.put("createdAt", createdAt.toString());
        if (retiredAt != null) {
            json.put("retiredAt", retiredAt.toString());
        }
        json.put("jwk", jwk.toJSONObject());
        return JSONObjectUtils.toJSONString(json);
    }

    /** Reads back what {@link #toStorageJson()} wrote; refuses a record whose parts disagree. */
    public static SigningKey fromStorageJson(String storageJson) {
        Map<String, Object> json;
        RSAKey jwk;
        try {
            json = JSONObjectUtils.parse(storageJson);
            jwk = RSAKey.parse(JSONObjectUtils.getJSONObject(json, "jwk"));
        } catch (ParseException | RuntimeException unreadable) {
            // without the cause: parser messages can quote the input, and the input is a private key
            throw new IllegalArgumentException(
                    "not a stored signing key (" + unreadable.getClass().getSimpleName() + ")");
        }
        if (!Objects.equals(jwk.getKeyID(), json.get("kid"))) {
            throw new IllegalArgumentException("stored signing key: kid differs from its JWK's kid");
        }
        Object retired = json.get("retiredAt");
        return new SigningKey(jwk, Instant.parse(String.valueOf(json.get("createdAt"))),
                retired == null ? null : Instant.parse(retired.toString()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey that && jwk.equals(that.jwk) && createdAt.equals(that.createdAt)
                && Objects.equals(retiredAt, that.retiredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kid(), createdAt, retiredAt);
    }

    /** Never the private part: keys end up in logs through toString. */
    @Override
    public String toString() {
        return "SigningKey[" + kid() + ", " + state() + "]";
    }
}
