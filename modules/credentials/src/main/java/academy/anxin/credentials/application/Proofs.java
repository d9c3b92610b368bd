package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.infrastructure.CredentialStore;
import academy.anxin.credentials.infrastructure.SigningKeyStore;
import academy.anxin.credentials.infrastructure.signing.BadgeClaims;
import academy.anxin.credentials.infrastructure.signing.BadgeVerifier;
import academy.anxin.credentials.infrastructure.signing.OpenBadgeIssuer;
import academy.anxin.credentials.infrastructure.signing.SigningKey;
import academy.anxin.credentials.infrastructure.signing.SigningKeyRing;
import academy.anxin.credentials.infrastructure.signing.StatusListClaims;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proofs that travel: each credential signed as an Open Badges 3.0 credential (VC-JWT, RS256), the public keys
 * as a JWK Set, and the revocation and suspension status lists, signed the same way. Key rotation keeps every
 * older key published, so what was signed before still verifies.
 */
@ApplicationScoped
public class Proofs {

    public static final String ISSUER_NAME = "安心学苑 Anxin Academy";
    /** How long a verifier may cache a status list before fetching it again. */
    static final Duration STATUS_TTL = Duration.ofMinutes(5);

    @Inject
    SigningKeyStore keys;

    @Inject
    CredentialStore credentials;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "anxin.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    Proofs self;

    private volatile SigningKeyRing ring;

    /** The base of every public address the proofs carry, without a trailing slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public URI verifyPage(String number) {
        return URI.create(base() + "/verify/" + number);
    }

    /** The key ring, read (or, on the very first use, made) inside the caller's transaction. */
    SigningKeyRing ring() {
        SigningKeyRing current = ring;
        if (current == null) {
            synchronized (this) {
                if (ring == null) {
                    List<SigningKey> stored = keys.all();
                    URI jwks = URI.create(base() + "/.well-known/jwks.json");
                    if (stored.isEmpty()) {
                        SigningKeyRing fresh = SigningKeyRing.withNewKey(jwks, clock);
                        fresh.keys().forEach(keys::save);
                        ring = fresh;
                    } else {
                        ring = new SigningKeyRing(jwks, clock, stored);
                    }
                }
                current = ring;
            }
        }
        return current;
    }

    /** Signs a credential as issued (or renewed): the compact JWS. */
    String sign(Credential credential, CredentialRule rule, int revocationIndex, int suspensionIndex) {
        String number = credential.number().text();
        var period = credential.period();
        BadgeClaims claims = new BadgeClaims(URI.create(base() + "/api/v1/credentials/" + number), URI.create(base()),
                ISSUER_NAME, verifyPage(number), URI.create(base() + "/achievements/" + rule.kind().code()),
                rule.title(), rule.title().zh() + " / " + rule.title().en(),
                "Earned on Anxin Academy by meeting the published rule " + rule.kind().code()
                        + ": required courses, the certification exam and approved supervised practice.",
                rule.kind().code(), period.from(), period.until(), List.of(
                        BitstringStatusListEntry.revocation(statusList(BitstringStatusListEntry.Purpose.REVOCATION),
                                revocationIndex),
                        BitstringStatusListEntry.suspension(statusList(BitstringStatusListEntry.Purpose.SUSPENSION),
                                suspensionIndex)));
        return new OpenBadgeIssuer(ring()).issueBadge(claims).compactJws();
    }

    /** The QR code of a credential's public check page, as SVG. */
    public String qrSvg(String number) {
        return academy.anxin.credentials.infrastructure.signing.QrCodes.svg(verifyPage(number).toString());
    }

    public URI statusList(BitstringStatusListEntry.Purpose purpose) {
        return URI.create(base() + "/api/v1/status-lists/" + purpose.value());
    }

    /** The body of {@code GET /.well-known/jwks.json}; only the first call needs a transaction (to read the keys). */
    public String jwks() {
        SigningKeyRing current = ring;
        return (current != null ? current : self.loadedRing()).publicJwkSetJson();
    }

    @Transactional
    public SigningKeyRing loadedRing() {
        return ring();
    }

    /** A verifier over the published keys, for checking a credential the way a downstream service would. */
    @Transactional
    public BadgeVerifier verifier() {
        return new BadgeVerifier(ring()::publicJwkSet, clock);
    }

    /** The signed status list of one purpose: the bit of every revoked (or suspended) credential set. */
    @Transactional
    public String statusListCredential(BitstringStatusListEntry.Purpose purpose) {
        Instant now = clock.instant();
        BitstringStatusList list = new BitstringStatusList();
        for (CredentialStore.Stored stored : credentials.all()) {
            CredentialStatus status = stored.credential().statusAt(now);
            if (purpose == BitstringStatusListEntry.Purpose.REVOCATION && status == CredentialStatus.REVOKED) {
                list.set(stored.revocationIndex());
            } else if (purpose == BitstringStatusListEntry.Purpose.SUSPENSION && status == CredentialStatus.SUSPENDED) {
                list.set(stored.suspensionIndex());
            }
        }
        return new OpenBadgeIssuer(ring()).issueStatusList(new StatusListClaims(statusList(purpose), URI.create(base()),
                purpose, list, now, now.plus(Duration.ofDays(1)), STATUS_TTL)).compactJws();
    }

    /** A new signing key; the old one is kept, retired, so its signatures still verify. Platform admins only. */
    @Transactional
    public String rotate(Caller caller) {
        SigningKeyRing current = ring();
        SigningKey previous = current.active();
        SigningKey next = current.rotate();
        current.find(previous.kid()).ifPresent(keys::save);
        keys.save(next);
        audit.record(new AuditRecord(caller.actor(), "SIGNING_KEY_ROTATED", "key:" + next.kid(),
                "retired " + previous.kid(), caller.address()));
        return next.kid();
    }

    @Transactional
    public List<SigningKey> keys() {
        return ring().keys();
    }
}
