package academy.anxin.credentials.infrastructure.signing;

import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.CLOCK;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.ISSUER;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.JWKS;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.NOW;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.REVOCATION_LIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import academy.anxin.credentials.domain.StatusListClaims;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON the issuer signs, checked member by member against OB 3.0 and Bitstring Status List v1.0. */
class OpenBadgeIssuerTest {

    private static SigningKeyRing ring;
    private static OpenBadgeIssuer issuer;

    @BeforeAll
    static void oneKey() {
        ring = SigningKeyRing.withNewKey(JWKS, CLOCK);
        issuer = new OpenBadgeIssuer(ring);
    }

    @Test
    void theJoseHeaderIsExactlyRs256KidAndTypJwt() throws Exception {
        SignedCredential signed = issuer.issueBadge(SigningFixtures.helplineBadge());

        Map<String, Object> header = part(signed.compactJws(), 0);

        assertEquals(Map.of("alg", "RS256", "kid", ring.active().kid(), "typ", "JWT"), header);
        assertEquals(ring.active().kid(), signed.kid());
    }

    @Test
    void thePayloadIsTheCredentialWithTheJwtClaimsMappedAsOb30Says() throws Exception {
        BadgeClaims claims = SigningFixtures.helplineBadge();
        SignedCredential signed = issuer.issueBadge(claims);

        Map<String, Object> payload = part(signed.compactJws(), 1);

        assertEquals(ISSUER.toString(), payload.get("iss"));
        assertEquals(claims.subjectId().toString(), payload.get("sub"));
        assertEquals(claims.credentialId().toString(), payload.get("jti"));
        assertEquals(claims.validFrom().getEpochSecond(), ((Number) payload.get("nbf")).longValue());
        assertEquals(claims.validUntil().getEpochSecond(), ((Number) payload.get("exp")).longValue());
        assertFalse(payload.containsKey("vc"), "VC Data Model 2.0 edition: no vc wrapper");
        assertFalse(payload.containsKey("iat"));
        for (String member : signed.credential().keySet()) {
            assertTrue(payload.containsKey(member), member);
        }
    }

    @Test
    void theOpenBadgeCredentialHasTheOb30Shape() {
        Map<String, Object> credential = issuer.issueBadge(SigningFixtures.helplineBadge()).credential();

        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), credential.get("@context"));
        assertEquals("https://academy.example/api/v1/credentials/AX-2025-000123-7", credential.get("id"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.get("type"));
        assertEquals(Map.of("id", ISSUER.toString(), "type", List.of("Profile"), "name", "安心学苑 Anxin Academy"),
                credential.get("issuer"));
        assertEquals("2025-06-01T08:00:00Z", credential.get("validFrom"));
        assertEquals("2028-05-31T08:00:00Z", credential.get("validUntil"));
        assertEquals("热线志愿者 / Helpline volunteer", credential.get("name"));

        Map<?, ?> subject = (Map<?, ?>) credential.get("credentialSubject");
        assertEquals("https://academy.example/verify/AX-2025-000123-7", subject.get("id"));
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        assertEquals(Map.of(
                "id", "https://academy.example/achievements/L2",
                "type", List.of("Achievement"),
                "achievementType", "Certification",
                "humanCode", "L2",
                "name", "热线志愿者 / Helpline volunteer",
                "description", "可在督导下接听心理援助热线。",
                "criteria", Map.of("narrative", "完成热线课程、通过考试并累计经督导签核的实践时长。")),
                subject.get("achievement"));

        assertEquals(List.of(
                Map.of("id", REVOCATION_LIST + "#94567",
                        "type", "BitstringStatusListEntry",
                        "statusPurpose", "revocation",
                        "statusListIndex", "94567",
                        "statusListCredential", REVOCATION_LIST.toString()),
                Map.of("id", SigningFixtures.SUSPENSION_LIST + "#23452",
                        "type", "BitstringStatusListEntry",
                        "statusPurpose", "suspension",
                        "statusListIndex", "23452",
                        "statusListCredential", SigningFixtures.SUSPENSION_LIST.toString())),
                credential.get("credentialStatus"));
    }

    @Test
    void theStatusListCredentialHasTheW3cShapeAndItsClaims() throws Exception {
        BitstringStatusList list = new BitstringStatusList();
        list.set(94_567);
        StatusListClaims claims = new StatusListClaims(REVOCATION_LIST, ISSUER, Purpose.REVOCATION, list, NOW,
                NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(5));

        SignedCredential signed = issuer.issueStatusList(claims);

        Map<String, Object> credential = signed.credential();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), credential.get("@context"));
        assertEquals(REVOCATION_LIST.toString(), credential.get("id"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), credential.get("type"));
        assertEquals(ISSUER.toString(), credential.get("issuer"));
        assertEquals("2025-06-01T08:00:00Z", credential.get("validFrom"));
        assertEquals("2025-06-02T08:00:00Z", credential.get("validUntil"));
        assertEquals(Map.of(
                "id", REVOCATION_LIST + "#list",
                "type", "BitstringStatusList",
                "statusPurpose", "revocation",
                "encodedList", list.encodedList(),
                "ttl", 300_000L),
                credential.get("credentialSubject"));

        Map<String, Object> payload = part(signed.compactJws(), 1);
        assertEquals(ISSUER.toString(), payload.get("iss"));
        assertEquals(REVOCATION_LIST + "#list", payload.get("sub"));
        assertEquals(REVOCATION_LIST.toString(), payload.get("jti"));
        assertEquals(NOW.getEpochSecond(), ((Number) payload.get("nbf")).longValue());
    }

    @Test
    void aCredentialWithoutEndOrStatusOmitsThem() throws Exception {
        BadgeClaims open = SigningFixtures.helplineBadge(NOW, null);
        BadgeClaims noStatus = new BadgeClaims(open.credentialId(), open.issuerId(), open.issuerName(),
                open.subjectId(), open.achievementId(), open.achievementName(), open.achievementDescription(),
                open.criteriaNarrative(), open.code(), open.validFrom(), null, List.of());

        SignedCredential signed = issuer.issueBadge(noStatus);

        assertFalse(signed.credential().containsKey("validUntil"));
        assertFalse(signed.credential().containsKey("credentialStatus"));
        assertFalse(part(signed.compactJws(), 1).containsKey("exp"));
    }

    static Map<String, Object> part(String compactJws, int index) throws Exception {
        return JSONObjectUtils.parse(new Base64URL(compactJws.split("\\.")[index]).decodeToString());
    }
}
