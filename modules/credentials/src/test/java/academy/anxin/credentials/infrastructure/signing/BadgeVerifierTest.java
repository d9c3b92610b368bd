package academy.anxin.credentials.infrastructure.signing;

import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.CLOCK;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.ISSUER;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.JWKS;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.NOW;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.REVOCATION_LIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import academy.anxin.credentials.domain.StatusListClaims;
import academy.anxin.credentials.infrastructure.signing.CredentialRejected.Reason;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadgeVerifierTest {

    private static SigningKeyRing ring;
    private static OpenBadgeIssuer issuer;
    private static BadgeVerifier verifier;
    private static String badge;

    @BeforeAll
    static void issueOneBadge() {
        ring = SigningKeyRing.withNewKey(JWKS, CLOCK);
        issuer = new OpenBadgeIssuer(ring);
        verifier = new BadgeVerifier(ring::publicJwkSet, CLOCK);
        badge = issuer.issueBadge(SigningFixtures.helplineBadge()).compactJws();
    }

    @Test
    void theRealCredentialVerifiesAndComesBackAsIssued() {
        VerifiedCredential verified = verifier.verifyBadge(badge);

        BadgeClaims claims = SigningFixtures.helplineBadge();
        assertEquals(CredentialDocuments.openBadge(claims), verified.credential());
        assertEquals(ring.active().kid(), verified.kid());
        assertEquals(claims.credentialId().toString(), verified.id());
        assertEquals(ISSUER.toString(), verified.issuerId());
        assertEquals(claims.subjectId().toString(), verified.subjectId());
        assertEquals(claims.validFrom(), verified.validFrom());
        assertEquals(claims.validUntil(), verified.validUntil());
        assertFalse(verified.credential().containsKey("iss"), "JWT claims are not part of the credential");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = badge.split("\\.");
        String payload = new Base64URL(parts[1]).decodeToString();
        assertTrue(payload.contains("\"humanCode\":\"L2\""), payload);
        String forged = Base64URL.encode(payload.replace("\"humanCode\":\"L2\"", "\"humanCode\":\"L4\"")).toString();

        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(parts[0] + "." + forged + "." + parts[2]));
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String[] parts = badge.split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';

        assertRejected(Reason.BAD_SIGNATURE,
                () -> verifier.verify(parts[0] + "." + parts[1] + "." + new String(signature)));
        assertRejected(Reason.MALFORMED, () -> verifier.verify(parts[0] + "." + parts[1] + "."));
    }

    @Test
    void algNoneIsRefused() {
        String[] parts = badge.split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + ring.active().kid() + "\"}").toString();

        assertRejected(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verify(none + "." + parts[1] + "."));
        assertRejected(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verify(none + "." + parts[1] + "." + parts[2]));
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        // the classic confusion attack: an HMAC "signed" with the published modulus
        byte[] publicModulus = ring.active().publicJwk().getModulus().decode();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ring.active().kid()).build();
        SignedJWT forged = new SignedJWT(header, VcJwtSigner.claims(CredentialDocuments.openBadge(
                SigningFixtures.helplineBadge())));
        forged.sign(new MACSigner(publicModulus));

        assertRejected(Reason.ALGORITHM_NOT_ALLOWED, () -> verifier.verify(forged.serialize()));
    }

    @Test
    void anUnknownKidIsRefused() {
        SigningKeyRing stranger = SigningKeyRing.withNewKey(JWKS, CLOCK);
        String signedByStranger = new OpenBadgeIssuer(stranger).issueBadge(SigningFixtures.helplineBadge())
                .compactJws();

        assertRejected(Reason.UNKNOWN_KEY, () -> verifier.verify(signedByStranger));
    }

    @Test
    void aTokenWithoutKidIsRefused() throws Exception {
        SignedJWT noKid = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                VcJwtSigner.claims(CredentialDocuments.openBadge(SigningFixtures.helplineBadge())));
        noKid.sign(new RSASSASigner(ring.active().privateJwk()));

        assertRejected(Reason.MISSING_KEY_ID, () -> verifier.verify(noKid.serialize()));
    }

    @Test
    void rotationKeepsOldSignaturesVerifiableAndSignsNewOnesWithTheNewKid() throws Exception {
        SigningKeyRing rotating = SigningKeyRing.withNewKey(JWKS, CLOCK);
        OpenBadgeIssuer rotatingIssuer = new OpenBadgeIssuer(rotating);
        BadgeVerifier rotatingVerifier = new BadgeVerifier(rotating::publicJwkSet, CLOCK);
        String oldKid = rotating.active().kid();
        String before = rotatingIssuer.issueBadge(SigningFixtures.helplineBadge()).compactJws();

        SigningKey fresh = rotating.rotate();
        SignedCredential after = rotatingIssuer.issueBadge(SigningFixtures.helplineBadge());

        assertNotEquals(oldKid, fresh.kid());
        assertEquals(fresh.kid(), after.kid());
        assertEquals(fresh.kid(), OpenBadgeIssuerTest.part(after.compactJws(), 0).get("kid"));
        assertEquals(oldKid, rotatingVerifier.verifyBadge(before).kid());
        assertEquals(fresh.kid(), rotatingVerifier.verifyBadge(after.compactJws()).kid());
        // and a verifier that reads the published JSON, as a downstream service would
        BadgeVerifier offline = new BadgeVerifier(JWKSet.parse(rotating.publicJwkSetJson()), CLOCK);
        assertEquals(oldKid, offline.verify(before).kid());
        assertEquals(fresh.kid(), offline.verify(after.compactJws()).kid());
    }

    @Test
    void anExpiredCredentialIsRefused() {
        Clock later = Clock.fixed(SigningFixtures.helplineBadge().validUntil().plus(Duration.ofDays(1)), ZoneOffset.UTC);

        assertRejected(Reason.EXPIRED, () -> new BadgeVerifier(ring::publicJwkSet, later).verify(badge));
    }

    @Test
    void aCredentialNotYetValidIsRefusedBeyondTheClockSkew() {
        Clock earlier = Clock.fixed(NOW.minus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        Clock slightlyEarlier = Clock.fixed(NOW.minus(Duration.ofSeconds(30)), ZoneOffset.UTC);

        assertRejected(Reason.NOT_YET_VALID, () -> new BadgeVerifier(ring::publicJwkSet, earlier).verify(badge));
        new BadgeVerifier(ring::publicJwkSet, slightlyEarlier).verify(badge);
    }

    @Test
    void claimsThatDisagreeWithTheCredentialAreRefused() throws Exception {
        Map<String, Object> credential = CredentialDocuments.openBadge(SigningFixtures.helplineBadge());
        JWTClaimsSet otherSubject = new JWTClaimsSet.Builder(VcJwtSigner.claims(credential))
                .subject("https://academy.example/verify/SOMEONE-ELSE").build();
        JWTClaimsSet otherStart = new JWTClaimsSet.Builder(VcJwtSigner.claims(credential))
                .notBeforeTime(Date.from(NOW.minus(Duration.ofDays(400)))).build();
        JWTClaimsSet noIssuer = new JWTClaimsSet.Builder(VcJwtSigner.claims(credential)).issuer(null).build();

        assertRejected(Reason.CLAIMS_MISMATCH, () -> verifier.verify(signedByRing(otherSubject)));
        assertRejected(Reason.CLAIMS_MISMATCH, () -> verifier.verify(signedByRing(otherStart)));
        assertRejected(Reason.CLAIMS_MISMATCH, () -> verifier.verify(signedByRing(noIssuer)));
    }

    @Test
    void aSignedTokenThatIsNotACredentialIsRefused() throws Exception {
        JWTClaimsSet notACredential = new JWTClaimsSet.Builder().issuer(ISSUER.toString())
                .notBeforeTime(Date.from(NOW)).claim("allowed", true).build();

        assertRejected(Reason.NOT_A_CREDENTIAL, () -> verifier.verify(signedByRing(notACredential)));
    }

    @Test
    void malformedTokensAreRefused() {
        assertRejected(Reason.MALFORMED, () -> verifier.verify(null));
        assertRejected(Reason.MALFORMED, () -> verifier.verify("not a token"));
        assertRejected(Reason.MALFORMED, () -> verifier.verify("a.b"));
        assertRejected(Reason.MALFORMED, () -> verifier.verify("%%%.b.c"));
    }

    @Test
    void aSignedPayloadThatIsNotJsonIsRefused() throws Exception {
        JWSObject notJson = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ring.active().kid()).build(),
                new Payload("not json"));
        notJson.sign(new RSASSASigner(ring.active().privateJwk()));

        assertRejected(Reason.MALFORMED, () -> verifier.verify(notJson.serialize()));
    }

    @Test
    void theStatusListVerifiesAndGivesBackItsBitsForItsPurposeOnly() {
        BitstringStatusList list = new BitstringStatusList();
        list.set(94_567);
        String published = issuer.issueStatusList(new StatusListClaims(REVOCATION_LIST, ISSUER, Purpose.REVOCATION,
                list, NOW, null, null)).compactJws();

        BitstringStatusList read = verifier.verifyStatusList(published, Purpose.REVOCATION);

        assertTrue(read.get(94_567));
        assertFalse(read.get(94_566));
        assertRejected(Reason.NOT_A_CREDENTIAL, () -> verifier.verifyStatusList(published, Purpose.SUSPENSION));
        assertRejected(Reason.NOT_A_CREDENTIAL, () -> verifier.verifyBadge(published));
        assertRejected(Reason.NOT_A_CREDENTIAL, () -> verifier.verifyStatusList(badge, Purpose.REVOCATION));
    }

    @Test
    void verifiedCredentialsAreReadOnly() {
        VerifiedCredential verified = verifier.verify(badge);

        assertThrows(UnsupportedOperationException.class, () -> verified.credential().put("name", "forged"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), verified.types());
    }

    private static String signedByRing(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ring.active().kid()).build(),
                claims);
        jwt.sign(new RSASSASigner(ring.active().privateJwk()));
        return jwt.serialize();
    }

    private static void assertRejected(Reason reason, Executable verification) {
        CredentialRejected rejected = assertThrows(CredentialRejected.class, verification);
        assertEquals(reason, rejected.reason(), rejected.getMessage());
    }
}
