package academy.anxin.credentials.infrastructure.signing;

import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.CLOCK;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.JWKS;
import static academy.anxin.credentials.infrastructure.signing.SigningFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {

    /** Every member of an RSA private JWK (RFC 7518 §6.3.2). */
    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth");

    private static SigningKey first;
    private static SigningKey second;

    /** The first retired by a rotation at {@link SigningFixtures#NOW}, the second active. */
    @BeforeAll
    static void generateTwoKeys() {
        // one rotation, shared: RSA key generation is the slow part of these tests
        SigningKeyRing ring = SigningKeyRing.withNewKey(JWKS, CLOCK);
        ring.rotate();
        first = ring.keys().get(0);
        second = ring.keys().get(1);
    }

    @Test
    void aNewKeyIsActiveRsa2048WithAKidThatPointsIntoTheJwks() {
        SigningKey key = SigningKey.generate(JWKS, NOW);

        assertTrue(key.isActive());
        assertEquals(SigningKey.State.ACTIVE, key.state());
        assertEquals(2048, key.publicJwk().size());
        assertEquals(NOW, key.createdAt());
        assertNull(key.retiredAt());
        assertTrue(key.kid().matches("https://academy\\.example/\\.well-known/jwks\\.json#2025-06-01-[A-Za-z0-9_-]{12}"),
                key.kid());
    }

    @Test
    void rotationRetiresTheActiveKeyAndKeepsItForVerification() {
        SigningKeyRing ring = new SigningKeyRing(JWKS, CLOCK, List.of(first.retire(NOW), second));

        assertEquals(second, ring.active());
        assertEquals(2, ring.keys().size());
        assertEquals(SigningKey.State.RETIRED, ring.keys().get(0).state());
        assertEquals(NOW, ring.keys().get(0).retiredAt());
        assertTrue(ring.find(first.kid()).isPresent());
        assertEquals(2, ring.publicJwkSet().getKeys().size());
    }

    @Test
    void rotateMakesANewActiveKeyWithANewKid() {
        SigningKeyRing ring = new SigningKeyRing(JWKS, CLOCK, List.of(second));

        SigningKey fresh = ring.rotate();

        assertNotEquals(second.kid(), fresh.kid());
        assertEquals(fresh, ring.active());
        assertFalse(ring.find(second.kid()).orElseThrow().isActive());
        assertEquals(List.of(second.kid(), fresh.kid()), ring.keys().stream().map(SigningKey::kid).toList());
    }

    @Test
    void theWrittenJwksIsWrittenAgainAfterARotation() {
        SigningKeyRing ring = new SigningKeyRing(JWKS, CLOCK, List.of(second));
        String before = ring.publicJwkSetJson();
        assertSame(before, ring.publicJwkSetJson(), "written once per set of keys");

        SigningKey fresh = ring.rotate();

        String after = ring.publicJwkSetJson();
        assertTrue(after.contains(fresh.kid()) && after.contains(second.kid()), after);
        assertFalse(before.contains(fresh.kid()));
    }

    @Test
    void theJwksHoldsPublicPartsOnly() throws Exception {
        SigningKeyRing ring = new SigningKeyRing(JWKS, CLOCK, List.of(first.retire(NOW), second));

        String json = ring.publicJwkSetJson();

        List<Object> keys = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(json), "keys");
        assertEquals(2, keys.size());
        for (Object key : keys) {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) key;
            for (String member : PRIVATE_MEMBERS) {
                assertFalse(jwk.containsKey(member), "private member " + member + " in " + jwk.keySet());
            }
            assertEquals("RSA", jwk.get("kty"));
            assertEquals("sig", jwk.get("use"));
            assertEquals("RS256", jwk.get("alg"));
            assertTrue(jwk.containsKey("n") && jwk.containsKey("e") && jwk.containsKey("kid"), jwk.keySet().toString());
        }
        assertFalse(json.contains("\"d\""), json);
        String privateExponent = first.privateJwk().getPrivateExponent().toString();
        assertFalse(json.contains(privateExponent));
        assertFalse(ring.publicJwkSet().getKeys().stream().anyMatch(jwk -> jwk.isPrivate()));
    }

    @Test
    void aKeySurvivesStorageAsJsonWithItsStateAndPrivatePart() {
        SigningKey retired = second.retire(NOW.plusSeconds(60));

        SigningKey restored = SigningKey.fromStorageJson(retired.toStorageJson());
        SigningKey restoredActive = SigningKey.fromStorageJson(second.toStorageJson());

        assertEquals(retired, restored);
        assertEquals(SigningKey.State.RETIRED, restored.state());
        assertEquals(NOW.plusSeconds(60), restored.retiredAt());
        assertEquals(second.privateJwk(), restored.privateJwk());
        assertTrue(restored.privateJwk().isPrivate());
        assertEquals(second, restoredActive);
        assertTrue(restoredActive.isActive());
    }

    @Test
    void unreadableStorageIsRefusedWithoutQuotingIt() {
        String stored = second.toStorageJson();
        String broken = stored.substring(0, stored.length() / 2);

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SigningKey.fromStorageJson(broken));
        assertFalse(refused.getMessage().contains(second.privateJwk().getPrivateExponent().toString().substring(0, 16)));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromStorageJson(
                stored.replace(second.kid() + "\",\"createdAt", "other\",\"createdAt")));
    }

    @Test
    void theStringFormNeverShowsThePrivateKey() {
        assertEquals("SigningKey[" + second.kid() + ", ACTIVE]", second.toString());
    }

    @Test
    void aRingRefusesTwoActiveKeysAndAsksForRotationWhenItHasNone() {
        SigningKey anotherActive = SigningKey.generate(JWKS, NOW);
        assertThrows(IllegalArgumentException.class,
                () -> new SigningKeyRing(JWKS, CLOCK, List.of(first, second, anotherActive)));
        assertThrows(IllegalArgumentException.class,
                () -> new SigningKeyRing(JWKS, CLOCK, List.of(first, first.retire(NOW.plusSeconds(1)))));
        SigningKeyRing empty = new SigningKeyRing(JWKS, Clock.fixed(NOW, ZoneOffset.UTC), List.of());
        assertThrows(IllegalStateException.class, empty::active);
    }
}
