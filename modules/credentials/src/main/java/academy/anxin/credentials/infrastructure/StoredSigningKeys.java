package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.PublicAddresses;
import academy.anxin.credentials.domain.PublishedKey;
import academy.anxin.credentials.domain.SigningKeys;
import academy.anxin.credentials.domain.StatusListClaims;
import academy.anxin.credentials.infrastructure.signing.OpenBadgeIssuer;
import academy.anxin.credentials.infrastructure.signing.SigningKey;
import academy.anxin.credentials.infrastructure.signing.SigningKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The platform's signing keys as the application uses them: the stored keys, loaded once into a
 * {@link SigningKeyRing} (on the very first use, a first key is made and stored), signing through
 * {@link OpenBadgeIssuer}. Every call but {@link #publicJwkSetJson()} runs in its caller's transaction.
 */
@ApplicationScoped
public class StoredSigningKeys implements SigningKeys {

    @Inject
    SigningKeyStore store;

    @Inject
    PublicAddresses addresses;

    @Inject
    Clock clock;

    @Inject
    StoredSigningKeys self;

    private volatile SigningKeyRing ring;

    /** The key ring, read (or, on the very first use, made) inside the caller's transaction. */
    SigningKeyRing ring() {
        SigningKeyRing current = ring;
        if (current == null) {
            synchronized (this) {
                if (ring == null) {
                    List<SigningKey> stored = store.all();
                    if (stored.isEmpty()) {
                        SigningKeyRing fresh = SigningKeyRing.withNewKey(addresses.jwks(), clock);
                        fresh.keys().forEach(store::save);
                        ring = fresh;
                    } else {
                        ring = new SigningKeyRing(addresses.jwks(), clock, stored);
                    }
                }
                current = ring;
            }
        }
        return current;
    }

    @Override
    public String signBadge(BadgeClaims claims) {
        return new OpenBadgeIssuer(ring()).issueBadge(claims).compactJws();
    }

    @Override
    public String signStatusList(StatusListClaims claims) {
        return new OpenBadgeIssuer(ring()).issueStatusList(claims).compactJws();
    }

    /** Asked on every fetch of the JWK Set: only the first call needs a transaction (to read the keys). */
    @Override
    public String publicJwkSetJson() {
        SigningKeyRing current = ring;
        return (current != null ? current : self.loadedRing()).publicJwkSetJson();
    }

    @Transactional
    public SigningKeyRing loadedRing() {
        return ring();
    }

    @Override
    public List<PublishedKey> all() {
        return ring().keys().stream().map(key -> new PublishedKey(key.kid(), key.createdAt(), key.retiredAt()))
                .toList();
    }

    @Override
    public Rotation rotate() {
        SigningKeyRing current = ring();
        SigningKey previous = current.active();
        SigningKey next = current.rotate();
        current.find(previous.kid()).ifPresent(store::save);
        store.save(next);
        return new Rotation(previous.kid(), next.kid());
    }
}
