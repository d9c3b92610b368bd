package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.infrastructure.signing.BadgeVerifier;
import academy.anxin.credentials.infrastructure.signing.CredentialRejected;
import academy.anxin.credentials.infrastructure.signing.VerifiedCredential;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.web.support.Browser;
import academy.anxin.web.support.CredentialSetup;
import academy.anxin.web.support.Invitations;
import academy.anxin.web.support.JsonBody;
import academy.anxin.web.support.PlatformWar;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verification API as a case-assignment service meets it, and the proofs as an offline verifier meets them:
 * a volunteer earns an L2 credential (recognition of a prior qualification, through the real pages), a service
 * holding the organization's API key asks whether the volunteer may take cases of several tiers, by credential
 * number and by member id; the organization suspends the credential, the answer turns to a denial with the reason
 * and the suspension bit is set in the signed status list; reinstated, both turn back. Another organization the
 * volunteer joins suspends for its own calls only: refused there, allowed in the first, nothing published. Around it: bad, unknown and
 * revoked keys, malformed bodies, unknown volunteers, the rate limit, and the signed credential checked against
 * the published keys, accepted as issued and rejected once tampered with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationApiIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    /** A number with a correct check digit that no credential will have: the largest serial of its year. */
    private static final String NOBODY = CredentialNumber.of(CredentialKind.of(Tier.L2), 2026,
            CredentialNumber.LARGEST_SERIAL).text();

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One organization, its volunteer with an L2 credential, and a key with room for every call of the class. */
    private static CredentialSetup.Setup setup;
    private static String number;
    private static String key;

    private synchronized void given() {
        if (setup == null) {
            URI base = PlatformWar.base(deployed);
            CredentialSetup.Setup made = CredentialSetup.organizationWithVolunteer(base, "verify" + RUN);
            number = CredentialSetup.credentialByRecognition(base, made, "L2");
            key = CredentialSetup.apiKey(base, made, 600);
            setup = made;
        }
    }

    @Test
    void aServiceIsToldYesThenNoWithTheReasonAcrossASuspensionAndTheStatusListSaysTheSame() throws Exception {
        given();
        BadgeVerifier verifier = verifierOverPublishedKeys();

        // allowed: the L2 it holds is what the case needs, with the credential's contents and nothing personal
        HttpResponse<String> yes = verify(key, byNumber(number, "{\"minTier\": \"L2\"}"));
        assertEquals(200, yes.statusCode(), yes.body());
        assertTrue(yes.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<String, Object> allowed = json(yes.body());
        assertEquals(Boolean.TRUE, allowed.get("allowed"), yes.body());
        assertEquals(List.of("L2 required, holds L2"), allowed.get("reasons"));
        Map<String, Object> credential = only(allowed.get("credentials"));
        assertEquals(number, credential.get("number"));
        assertEquals("L2", credential.get("code"));
        assertEquals("TIER", credential.get("kind"));
        assertEquals("ACTIVE", credential.get("status"));
        assertTrue(credential.get("approvedHours") instanceof Number, yes.body());
        assertTrue(Instant.parse((String) credential.get("validUntil"))
                .isAfter(Instant.parse((String) credential.get("validFrom"))), yes.body());
        assertTrue(((Map<?, ?>) credential.get("title")).get("zh") != null, yes.body());
        assertFalse(yes.body().contains("holder") || yes.body().contains("history")
                || yes.body().contains(setup.volunteerEmail()), "no personal data: " + yes.body());
        Instant checkedAt = Instant.parse((String) allowed.get("checkedAt"));
        assertTrue(Math.abs(checkedAt.getEpochSecond() - Instant.now().getEpochSecond()) < 300, yes.body());

        // denied: the case needs more than it holds, by tier or by risk level
        Map<String, Object> l3 = json(ok(verify(key, byNumber(number, "{\"minTier\": \"L3\"}"))));
        assertEquals(Boolean.FALSE, l3.get("allowed"));
        assertTrue(reasons(l3).stream().anyMatch(r -> r.contains("L3 required, holds L2")), l3.toString());
        Map<String, Object> risky = json(ok(verify(key, byNumber(number, "{\"riskLevel\": \"HIGH\"}"))));
        assertEquals(Boolean.FALSE, risky.get("allowed"), "a high-risk case needs L3");
        Map<String, Object> endorsement = json(ok(verify(key, byNumber(number,
                "{\"minTier\": \"L1\", \"endorsements\": [\"DISABILITY\"]}"))));
        assertEquals(Boolean.FALSE, endorsement.get("allowed"));
        assertTrue(reasons(endorsement).contains("DISABILITY endorsement required, not held"), endorsement.toString());

        // the same volunteer named by member id: the same answer
        for (String requirement : List.of("{\"minTier\": \"L2\"}", "{\"minTier\": \"L3\"}")) {
            Map<String, Object> byNumber = json(ok(verify(key, byNumber(number, requirement))));
            for (String memberId : List.of(Long.toString(setup.memberId()), "\"" + setup.memberId() + "\"")) {
                Map<String, Object> byMember = json(ok(verify(key, "{\"volunteer\": {\"memberId\": " + memberId
                        + "}, \"requirement\": " + requirement + "}")));
                assertEquals(byNumber.get("allowed"), byMember.get("allowed"), requirement);
                assertEquals(byNumber.get("reasons"), byMember.get("reasons"), requirement);
                assertEquals(byNumber.get("credentials"), byMember.get("credentials"), requirement);
            }
        }
        assertEquals(404, verify(key, "{\"volunteer\": {\"memberId\": 987654321987}, "
                + "\"requirement\": {\"minTier\": \"L1\"}}").statusCode(),
                "no such member in this organization");

        // another organization's key cannot name this organization's members; a number is public, though
        CredentialSetup.Setup other = CredentialSetup.organizationWithVolunteer(PlatformWar.base(deployed),
                "other" + RUN);
        String othersKey = CredentialSetup.apiKey(PlatformWar.base(deployed), other, 60);
        assertEquals(404, verify(othersKey, "{\"volunteer\": {\"memberId\": " + setup.memberId()
                + "}, \"requirement\": {\"minTier\": \"L1\"}}")
                .statusCode(), "member ids are only within the key's organization");

        // the organization suspends the credential: denied, with the reason; the status list's bit is set
        int bit = statusIndex(credentialPayload(number), Purpose.SUSPENSION);
        assertFalse(suspensionBits(verifier).get(bit), "not suspended yet");
        CredentialSetup.suspend(PlatformWar.base(deployed), setup, number, "投诉调查中 " + RUN);
        Map<String, Object> suspended = json(ok(verify(key, byNumber(number, "{\"minTier\": \"L2\"}"))));
        assertEquals(Boolean.FALSE, suspended.get("allowed"), suspended.toString());
        assertTrue(reasons(suspended).stream().anyMatch(r -> r.contains("suspended")), suspended.toString());
        assertEquals("SUSPENDED", only(suspended.get("credentials")).get("status"), suspended.toString());
        assertTrue(suspensionBits(verifier).get(bit), "the suspension is published");
        assertFalse(revocationBits(verifier).get(statusIndex(credentialPayload(number), Purpose.REVOCATION)),
                "a suspension is not a revocation");
        assertEquals("SUSPENDED", json(get("/api/v1/credentials/" + number).body()).get("status"));

        // reinstated: allowed again, the bit cleared
        CredentialSetup.reinstate(PlatformWar.base(deployed), setup, number, "调查结束 " + RUN);
        Map<String, Object> reinstated = json(ok(verify(key, byNumber(number, "{\"minTier\": \"L2\"}"))));
        assertEquals(Boolean.TRUE, reinstated.get("allowed"), reinstated.toString());
        assertFalse(suspensionBits(verifier).get(bit), "the suspension is lifted in the list");
        assertEquals("ACTIVE", json(get("/api/v1/credentials/" + number).body()).get("status"));
    }

    @Test
    void anotherOrganizationSuspendsForItsOwnChecksOnly() throws Exception {
        URI base = PlatformWar.base(deployed);
        BadgeVerifier verifier = verifierOverPublishedKeys();
        // organization A filed the recognition: it holds the evidence of its volunteer's L2
        CredentialSetup.Setup a = CredentialSetup.organizationWithVolunteer(base, "xa" + RUN);
        String held = CredentialSetup.credentialByRecognition(base, a, "L2");
        String keyA = CredentialSetup.apiKey(base, a, 60);
        CredentialSetup.Setup b = CredentialSetup.organizationWithVolunteer(base, "xb" + RUN);
        String keyB = CredentialSetup.apiKey(base, b, 60);
        String l2 = byNumber(held, "{\"minTier\": \"L2\"}");

        // before she joins B, B's admin sees nothing of her and has nothing to suspend
        try (Browser adminB = new Browser(base, "zh-CN")) {
            CredentialSetup.login(adminB, b.orgAdminEmail(), b.password());
            adminB.open("/app/org/credentials.xhtml?org=" + b.organizationId());
            assertFalse(adminB.has("credential-" + held), adminB.page());
            adminB.open("/app/org/credentials.xhtml?org=" + a.organizationId());
            assertTrue(adminB.page().contains("无权访问"), adminB.page());
            assertFalse(adminB.page().contains(held), adminB.page());
            // she is invited to B and accepts
            Invitations.invite(adminB, b.organizationId(), a.volunteerEmail());
        }
        Invitations.accept(base, a.volunteerEmail(), a.password(), b.organizationId());

        // B suspends: refused in B's calls, still allowed in A's; not published, not on the public check
        CredentialSetup.Setup asB = new CredentialSetup.Setup(b.organizationId(), b.orgAdminEmail(),
                a.volunteerEmail(), a.volunteerPersonId(), 0, b.password());
        int bit = statusIndex(credentialPayload(held), Purpose.SUSPENSION);
        CredentialSetup.suspend(base, asB, held, "本机构投诉调查中 " + RUN);
        Map<String, Object> inB = json(ok(verify(keyB, l2)));
        assertEquals(Boolean.FALSE, inB.get("allowed"), inB.toString());
        assertEquals("SUSPENDED", only(inB.get("credentials")).get("status"), inB.toString());
        Map<String, Object> inA = json(ok(verify(keyA, l2)));
        assertEquals(Boolean.TRUE, inA.get("allowed"), "B's suspension is not A's: " + inA);
        assertFalse(suspensionBits(verifier).get(bit), "an organization's own suspension is not published");
        assertEquals("ACTIVE", json(get("/api/v1/credentials/" + held).body()).get("status"));

        // the platform admin sees it
        try (Browser platform = new Browser(base, "zh-CN")) {
            CredentialSetup.login(platform, PlatformWar.ADMIN_EMAIL, PlatformWar.ADMIN_PASSWORD);
            platform.open("/admin/credentials.xhtml");
            assertTrue(platform.has("org-suspension-" + held + "-" + b.organizationId()), platform.page());
        }

        // B lifts its own suspension: allowed in B again
        CredentialSetup.reinstate(base, asB, held, "调查结束 " + RUN);
        assertEquals(Boolean.TRUE, json(ok(verify(keyB, l2))).get("allowed"));

        // A, holding the evidence, suspends platform-wide: refused in B's calls too, and published
        CredentialSetup.suspend(base, a, held, "严重投诉 " + RUN);
        assertEquals(Boolean.FALSE, json(ok(verify(keyB, l2))).get("allowed"));
        assertTrue(suspensionBits(verifier).get(bit), "the evidence holder's suspension is published");
        CredentialSetup.reinstate(base, a, held, "调查结束 " + RUN);
        assertEquals(Boolean.TRUE, json(ok(verify(keyA, l2))).get("allowed"));
    }

    @Test
    void callsWithoutAKnownKeyAreRefusedAndARevokedKeyStopsAtOnce() throws Exception {
        given();
        String body = byNumber(number, "{\"minTier\": \"L1\"}");
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/v1/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(401, none.statusCode(), none.body());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), none.headers().map()
                .toString());
        assertEquals("auth.apiKey", json(none.body()).get("code"));

        assertEquals(401, verify("axk_" + "x".repeat(43), body).statusCode(), "an unknown key");
        assertEquals(401, verify("short", body).statusCode(), "not even a key's shape");
        HttpResponse<String> basic = send(HttpRequest.newBuilder(uri("/api/v1/verifications"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("x:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(401, basic.statusCode(), "the key goes as a Bearer token, not otherwise");
        assertEquals(200, send(HttpRequest.newBuilder(uri("/api/v1/verifications"))
                .header("Authorization", "bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)))
                .statusCode(), "the scheme in any case (RFC 7235)");

        String doomed = CredentialSetup.apiKey(PlatformWar.base(deployed), setup, 60);
        assertEquals(200, verify(doomed, body).statusCode());
        CredentialSetup.revokeApiKey(PlatformWar.base(deployed), setup, doomed);
        HttpResponse<String> revoked = verify(doomed, body);
        assertEquals(401, revoked.statusCode(), "revoked keys stop at once: " + revoked.body());
        assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertEquals(200, verify(key, body).statusCode(), "the organization's other key still works");
    }

    @Test
    void malformedBodiesAndUnknownVolunteersAreRefusedNamingTheField() throws Exception {
        given();
        assertProblem(400, "verification.json", verify(key, "{\"volunteer\": {\"credentialNumber\": "));
        assertProblem(400, "verification.json", verify(key, "{} {}"));
        assertProblem(400, "verification.body", verify(key, ""));
        assertProblem(400, "verification.body", verify(key, "[1, 2]"));
        assertProblem(400, "verification.volunteer", verify(key, "{\"requirement\": {\"minTier\": \"L1\"}}"));
        assertProblem(400, "verification.volunteer", verify(key, "{\"volunteer\": \"" + number + "\"}"));
        assertProblem(400, "verification.volunteer", verify(key, "{\"volunteer\": {\"credentialNumber\": \""
                + number + "\", \"memberId\": " + setup.memberId() + "}}"));
        assertProblem(400, "verification.volunteer", verify(key, "{\"volunteer\": {}}"));
        assertProblem(400, "verification.credentialNumber", verify(key, "{\"volunteer\": {\"credentialNumber\": 42}}"));
        for (String memberId : List.of("-3", "0", "1.5", "\"12a\"", "true", "99999999999999999999999")) {
            assertProblem(400, "verification.memberId", verify(key, "{\"volunteer\": {\"memberId\": " + memberId
                    + "}}"));
        }
        assertProblem(400, "verification.requirement", verify(key, byNumber(number, "\"L2\"")));
        HttpResponse<String> tier = verify(key, byNumber(number, "{\"minTier\": \"L9\"}"));
        assertProblem(400, "verification.minTier", tier);
        assertTrue(tier.body().contains("L9") && tier.body().contains("minTier"), "names the field: " + tier.body());
        assertProblem(400, "verification.minTier", verify(key, byNumber(number, "{\"minTier\": 2}")));
        HttpResponse<String> endorsement = verify(key, byNumber(number, "{\"endorsements\": [\"DISABILITY\", "
                + "\"ASTROLOGY\"]}"));
        assertProblem(400, "verification.endorsements", endorsement);
        assertTrue(endorsement.body().contains("ASTROLOGY"), endorsement.body());
        assertProblem(400, "verification.endorsements", verify(key, byNumber(number, "{\"endorsements\": "
                + "\"DISABILITY\"}")));
        assertProblem(400, "verification.riskLevel", verify(key, byNumber(number, "{\"riskLevel\": \"EXTREME\"}")));
        assertProblem(413, "verification.tooLarge", verify(key, byNumber(number, "{\"note\": \""
                + "x".repeat(5000) + "\"}")));

        // numbers: a wrong check digit is a mistyped number; a correct one that was never issued is nobody
        String mistyped = NOBODY.substring(0, NOBODY.length() - 1)
                + (char) ('0' + (NOBODY.charAt(NOBODY.length() - 1) - '0' + 1) % 10);
        assertProblem(400, "credential.number.checkDigit", verify(key, byNumber(mistyped, "{\"minTier\": \"L1\"}")));
        assertProblem(400, "credential.number.format", verify(key, byNumber("AX-L2-26-12", "{\"minTier\": \"L1\"}")));
        assertProblem(404, "verification.unknownVolunteer", verify(key, byNumber(NOBODY, "{\"minTier\": \"L1\"}")));
        assertProblem(404, "verification.unknownVolunteer", verify(key, byNumber(NOBODY.toLowerCase(), "{\"minTier\": \"L1\"}")));

        // lenient where it costs nothing: codes in any case, unknown properties ignored, nulls as absent
        Map<String, Object> lenient = json(ok(verify(key, "{\"volunteer\": {\"credentialNumber\": \" " + number
                + " \", \"memberId\": null}, \"requirement\": {\"minTier\": \"l2\", \"endorsements\": null}, "
                + "\"caseId\": \"C-1\"}")));
        assertEquals(Boolean.TRUE, lenient.get("allowed"), lenient.toString());
        // fails closed: a question that asks nothing is refused, not answered "allowed"
        for (String nothing : List.of("null", "{}", "{\"endorsements\": []}", "{\"minTier\": null}")) {
            assertProblem(400, "verification.requirement", verify(key, byNumber(number, nothing)));
        }
        assertProblem(400, "verification.requirement", verify(key, byNumber(number, null)));
    }

    @Test
    void aKeyOverItsRateIsToldWhenToComeBack() throws Exception {
        given();
        String slow = CredentialSetup.apiKey(PlatformWar.base(deployed), setup, 3);
        String body = byNumber(number, "{\"minTier\": \"L1\"}");
        for (int call = 1; call <= 3; call++) {
            assertEquals(200, verify(slow, body).statusCode(), "call " + call + " of 3");
        }
        HttpResponse<String> over = verify(slow, body);
        assertProblem(429, "rate.limited", over);
        long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "one call comes back every 20 s: " + retryAfter);
        assertEquals(429, verify(slow, "not even JSON").statusCode(), "the rate is checked before the body");
        assertEquals(200, verify(key, body).statusCode(), "each key has its own rate");
    }

    @Test
    void theSignedCredentialVerifiesWithThePublishedKeysAndATamperedOneDoesNot() throws Exception {
        given();
        HttpResponse<String> jwks = get("/.well-known/jwks.json");
        assertEquals(200, jwks.statusCode());
        assertTrue(jwks.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(jwks.headers().firstValue("Cache-Control").orElse("").contains("max-age=300"));
        assertEquals("*", jwks.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        List<JsonObject> published = JsonBody.objects(JsonBody.object(jwks.body()).getJsonArray("keys"));
        assertFalse(published.isEmpty(), jwks.body());
        for (JsonObject key : published) {
            assertEquals("RSA", key.getString("kty"), jwks.body());
            assertFalse(key.containsKey("d") || key.containsKey("p") || key.containsKey("q"), "public keys only: " + key);
        }

        HttpResponse<String> found = get("/api/v1/credentials/" + number);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("*", found.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        Map<String, Object> proof = json(found.body());
        assertEquals("ACTIVE", proof.get("status"));
        assertNotNull(Instant.parse((String) proof.get("statusCheckedAt")));
        String jwt = (String) proof.get("jwt");

        VerifiedCredential verified = verifierOverPublishedKeys().verifyBadge(jwt);
        assertTrue(verified.id().endsWith("/api/v1/credentials/" + number), verified.id());
        assertEquals(((Map<?, ?>) proof.get("credential")).get("jti"), verified.id(), "the JSON is the signed payload");
        assertTrue(verified.subjectId().endsWith("/verify/" + number), verified.subjectId());
        assertEquals("L2", ((Map<?, ?>) verified.credentialSubject().get("achievement")).get("humanCode"));

        String[] parts = jwt.split("\\.");
        // an edit a forger would make: L2 becomes L4 in the signed JSON
        String forged = Base64URL.encode(new Base64URL(parts[1]).decodeToString()
                .replace("\"humanCode\":\"L2\"", "\"humanCode\":\"L4\"")).toString();
        assertNotEquals(parts[1], forged, "the payload has a humanCode to change");
        CredentialRejected rejected = assertThrows(CredentialRejected.class,
                () -> verifierOverPublishedKeys().verifyBadge(parts[0] + "." + forged + "." + parts[2]));
        assertEquals(CredentialRejected.Reason.BAD_SIGNATURE, rejected.reason());
        // and any one character changed in the payload part
        int middle = parts[1].length() / 2;
        char flipped = parts[1].charAt(middle) == 'A' ? 'B' : 'A';
        String oneCharacter = parts[0] + "." + parts[1].substring(0, middle) + flipped + parts[1].substring(middle + 1)
                + "." + parts[2];
        assertThrows(CredentialRejected.class, () -> verifierOverPublishedKeys().verifyBadge(oneCharacter));

        assertProblem(404, "credential.unknown", get("/api/v1/credentials/" + NOBODY));
        assertProblem(405, "http.405", get("/api/v1/verifications"));
        assertProblem(400, "credential.number.format", get("/api/v1/credentials/not-a-number"));

        HttpResponse<String> list = get("/api/v1/status-lists/revocation");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+jwt"));
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"));
        assertEquals("*", list.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> asJson = get("/api/v1/status-lists/suspension?format=json");
        assertEquals(200, asJson.statusCode(), asJson.body());
        Map<String, Object> signedList = json(asJson.body());
        assertTrue(((List<?>) ((Map<?, ?>) signedList.get("credential")).get("type"))
                .contains("BitstringStatusListCredential"), asJson.body());
        verifierOverPublishedKeys().verifyStatusList((String) signedList.get("jwt"), Purpose.SUSPENSION);
        assertThrows(CredentialRejected.class,
                () -> verifierOverPublishedKeys().verifyStatusList(list.body(), Purpose.SUSPENSION),
                "a revocation list is not a suspension list");
        assertProblem(404, "statusList.unknown", get("/api/v1/status-lists/refunds"));
        assertProblem(400, "statusList.format", get("/api/v1/status-lists/revocation?format=xml"));

        String openapi = get("/openapi").body();
        for (String path : List.of("/api/v1/verifications", "/api/v1/credentials/{number}",
                "/api/v1/status-lists/{purpose}")) {
            assertTrue(openapi.contains(path), "documented: " + path);
        }
        // the verification endpoint is a servlet documented by a model reader: its bodies' schemas must be there
        for (String schema : List.of("VerificationRequest:", "VerificationAnswer:", "VerifiedCredential:",
                "ApiProblem:", "apiKey:")) {
            assertTrue(openapi.contains(schema), "documented: " + schema + "\n" + openapi);
        }
    }

    // --- the calls

    private HttpResponse<String> verify(String apiKey, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/verifications")).header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return PlatformWar.base(deployed).resolve(path.substring(1));
    }

    private static String byNumber(String credentialNumber, String requirement) {
        return "{\"volunteer\": {\"credentialNumber\": \"" + credentialNumber + "\"}"
                + (requirement == null ? "" : ", \"requirement\": " + requirement) + "}";
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static void assertProblem(int status, String code, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response.body()).get("code"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    // --- reading answers, as a downstream service would

    private static Map<String, Object> json(String body) throws Exception {
        return JSONObjectUtils.parse(body);
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> answer) {
        return (List<String>) answer.get("reasons");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(Object credentials) {
        List<Object> list = (List<Object>) credentials;
        assertEquals(1, list.size(), "the one credential that decided it: " + list);
        return (Map<String, Object>) list.get(0);
    }

    /** The credential as the public endpoint gives it (its JSON payload). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> credentialPayload(String credentialNumber) throws Exception {
        HttpResponse<String> found = get("/api/v1/credentials/" + credentialNumber);
        assertEquals(200, found.statusCode(), found.body());
        return (Map<String, Object>) json(found.body()).get("credential");
    }

    /** The credential's bit in the list of {@code purpose}: its {@code credentialStatus} entry says which. */
    private static int statusIndex(Map<String, Object> credential, Purpose purpose) {
        for (Object entry : (List<?>) credential.get("credentialStatus")) {
            Map<?, ?> status = (Map<?, ?>) entry;
            if (purpose.value().equals(status.get("statusPurpose"))) {
                assertTrue(((String) status.get("statusListCredential")).endsWith("/api/v1/status-lists/"
                        + purpose.value()), status.toString());
                return Integer.parseInt((String) status.get("statusListIndex"));
            }
        }
        throw new AssertionError("no " + purpose.value() + " entry in " + credential.get("credentialStatus"));
    }

    private BitstringStatusList suspensionBits(BadgeVerifier verifier) throws Exception {
        HttpResponse<String> list = get("/api/v1/status-lists/suspension");
        assertEquals(200, list.statusCode(), list.body());
        return verifier.verifyStatusList(list.body(), Purpose.SUSPENSION);
    }

    private BitstringStatusList revocationBits(BadgeVerifier verifier) throws Exception {
        HttpResponse<String> list = get("/api/v1/status-lists/revocation");
        assertEquals(200, list.statusCode(), list.body());
        return verifier.verifyStatusList(list.body(), Purpose.REVOCATION);
    }

    /** What an offline verifier holds: the key set published at the well-known address, nothing else. */
    private BadgeVerifier verifierOverPublishedKeys() throws Exception {
        HttpResponse<String> jwks = get("/.well-known/jwks.json");
        assertEquals(200, jwks.statusCode(), jwks.body());
        return new BadgeVerifier(JWKSet.parse(jwks.body()), Clock.systemUTC());
    }
}
