package academy.anxin.credentials.infrastructure.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's signing keys: at most one active, which signs, and the retired ones, which still verify what
 * they signed. {@link #rotate()} brings in a new active key and retires the old one; nothing is ever dropped
 * here, so a credential signed years ago still verifies against the published set.
 *
 * <p>Thread-safe. A repository loads the stored keys into the constructor and saves {@link #keys()} after a
 * rotation; with several nodes, the rotation belongs to one of them (a scheduled job) and the others reload.
 */
public final class SigningKeyRing {

    private final URI jwksUrl;
    private final Clock clock;
    private volatile List<SigningKey> keys;
    private volatile Published published;

    /**
     * @param jwksUrl where the public keys are published ({@code GET /.well-known/jwks.json}); each key's
     *                {@code kid} is this URL with a fragment
     * @param clock   the clock that dates creation and retirement
     * @param stored  the keys kept so far, at most one of them active
     */
    public SigningKeyRing(URI jwksUrl, Clock clock, Collection<SigningKey> stored) {
        this.jwksUrl = Objects.requireNonNull(jwksUrl, "jwksUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
        List<SigningKey> sorted = new ArrayList<>(stored);
        sorted.sort(Comparator.comparing(SigningKey::createdAt));
        if (sorted.stream().filter(SigningKey::isActive).count() > 1) {
            throw new IllegalArgumentException("more than one active signing key");
        }
        if (sorted.stream().map(SigningKey::kid).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("two signing keys share a kid");
        }
        this.keys = List.copyOf(sorted);
    }

    /** A ring with one fresh active key: for a first start, and for tests. */
    public static SigningKeyRing withNewKey(URI jwksUrl, Clock clock) {
        SigningKeyRing ring = new SigningKeyRing(jwksUrl, clock, List.of());
        ring.rotate();
        return ring;
    }

    /** Every key, oldest first, retired ones included: what a repository stores. */
    public List<SigningKey> keys() {
        return keys;
    }

    /** The key that signs now. */
    public SigningKey active() {
        return keys.stream().filter(SigningKey::isActive).findFirst()
                .orElseThrow(() -> new IllegalStateException("no active signing key: rotate() first"));
    }

    public Optional<SigningKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /** Generates a new active key and retires the one that was active; returns the new key. */
    public synchronized SigningKey rotate() {
        Instant now = clock.instant();
        SigningKey fresh = SigningKey.generate(jwksUrl, now);
        List<SigningKey> next = new ArrayList<>(keys.size() + 1);
        for (SigningKey key : keys) {
            next.add(key.retire(now));
        }
        next.add(fresh);
        keys = List.copyOf(next);
        return fresh;
    }

    /** The public keys, active and retired, for verifiers. */
    public JWKSet publicJwkSet() {
        List<JWK> published = new ArrayList<>();
        for (SigningKey key : keys) {
            published.add(key.publicJwk());
        }
        return new JWKSet(published);
    }

    /** The body of {@code GET /.well-known/jwks.json}: {@code {"keys":[{"kty":"RSA",...}]}}, public parts only. */
    public String publicJwkSetJson() {
        Published current = published;
        if (current == null || current.keys() != keys) {
            // written once per set of keys: it is asked for on every fetch of the JWK Set
            // a rotation in between only means the next call writes it again
            List<SigningKey> now = keys;
            current = new Published(now, publicJwkSet().toString(true));
            published = current;
        }
        return current.json();
    }

    private record Published(List<SigningKey> keys, String json) {
    }
}
