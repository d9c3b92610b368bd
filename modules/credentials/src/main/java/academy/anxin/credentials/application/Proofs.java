package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.PublicAddresses;
import academy.anxin.credentials.domain.PublishedKey;
import academy.anxin.credentials.domain.SigningKeys;
import academy.anxin.credentials.domain.StatusListClaims;
import academy.anxin.identity.application.Caller;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
    SigningKeys keys;

    @Inject
    Credentials credentials;

    @Inject
    PublicAddresses addresses;

    @Inject
    QrCodeImages qrCodes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Signs a credential as issued (or renewed), in the caller's transaction: the compact JWS. */
    String sign(Credential credential, CredentialRule rule, int revocationIndex, int suspensionIndex) {
        String number = credential.number().text();
        var period = credential.period();
        BadgeClaims claims = new BadgeClaims(addresses.credential(number), addresses.site(), ISSUER_NAME,
                addresses.verifyPage(number), addresses.achievement(rule.kind()),
                rule.title(), rule.title().zh() + " / " + rule.title().en(),
                "Earned on Anxin Academy by meeting the published rule " + rule.kind().code()
                        + ": required courses, the certification exam and approved supervised practice.",
                rule.kind().code(), period.from(), period.until(), List.of(
                        BitstringStatusListEntry.revocation(
                                addresses.statusList(BitstringStatusListEntry.Purpose.REVOCATION), revocationIndex),
                        BitstringStatusListEntry.suspension(
                                addresses.statusList(BitstringStatusListEntry.Purpose.SUSPENSION), suspensionIndex)));
        return keys.signBadge(claims);
    }

    /** The QR code of a credential's public check page, as SVG. */
    public String qrSvg(String number) {
        return qrCodes.svg(addresses.verifyPage(number).toString());
    }

    /** The body of {@code GET /.well-known/jwks.json}; only the first call needs a transaction (to read the keys). */
    public String jwks() {
        return keys.publicJwkSetJson();
    }

    /** The signed status list of one purpose: the bit of every revoked (or suspended) credential set. */
    @Transactional
    public String statusListCredential(BitstringStatusListEntry.Purpose purpose) {
        Instant now = clock.instant();
        BitstringStatusList list = new BitstringStatusList();
        for (Credentials.Stored stored : credentials.all()) {
            CredentialStatus status = stored.credential().statusAt(now);
            if (purpose == BitstringStatusListEntry.Purpose.REVOCATION && status == CredentialStatus.REVOKED) {
                list.set(stored.revocationIndex());
            } else if (purpose == BitstringStatusListEntry.Purpose.SUSPENSION && status == CredentialStatus.SUSPENDED) {
                list.set(stored.suspensionIndex());
            }
        }
        return keys.signStatusList(new StatusListClaims(addresses.statusList(purpose), addresses.site(), purpose, list,
                now, now.plus(Duration.ofDays(1)), STATUS_TTL));
    }

    /** A new signing key; the old one is kept, retired, so its signatures still verify. Platform admins only. */
    @Transactional
    public String rotate(Caller caller) {
        SigningKeys.Rotation rotation = keys.rotate();
        audit.record(new AuditRecord(caller.actor(), "SIGNING_KEY_ROTATED", "key:" + rotation.activeKid(),
                "retired " + rotation.retiredKid(), caller.address()));
        return rotation.activeKid();
    }

    /** Every signing key, oldest first, retired ones included. */
    @Transactional
    public List<PublishedKey> keys() {
        return keys.all();
    }
}
