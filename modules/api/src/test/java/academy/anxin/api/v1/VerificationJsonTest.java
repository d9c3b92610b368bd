package academy.anxin.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verification call's JSON in and out, without a server: what the contract in /openapi promises. */
class VerificationJsonTest {

    private static final Instant FROM = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-03-01T08:00:00Z");
    private static final Instant CHECKED = Instant.parse("2026-12-04T10:15:30.123456789Z");

    @Test
    void anAnswerIsWrittenWithTheDocumentedFieldsInTheirOrder() {
        CredentialEntry l2 = new CredentialEntry("AX-L2-26-0000123-8", "L2", "TIER",
                new CredentialEntry.Title("热线级心理援助志愿者", "Helpline \"volunteer\""), 42.5, FROM, UNTIL, "SUSPENDED");
        VerificationServlet.Answer answer = new VerificationServlet.Answer(false,
                List.of("L3 required, holds L2"), List.of(l2), CHECKED);

        StringWriter json = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(json)) {
            answer.writeTo(out);
        }

        assertEquals("{\"allowed\":false,\"reasons\":[\"L3 required, holds L2\"],\"credentials\":[{"
                + "\"number\":\"AX-L2-26-0000123-8\",\"code\":\"L2\",\"kind\":\"TIER\","
                + "\"title\":{\"zh\":\"热线级心理援助志愿者\",\"en\":\"Helpline \\\"volunteer\\\"\"},"
                + "\"approvedHours\":42.5,\"validFrom\":\"2026-03-01T08:00:00Z\","
                + "\"validUntil\":\"2028-03-01T08:00:00Z\","
                + "\"status\":\"SUSPENDED\"}],\"checkedAt\":\"2026-12-04T10:15:30.123456789Z\"}", json.toString());
    }

    @Test
    void anAnswerWithoutCredentialsHasEmptyLists() {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(json)) {
            new VerificationServlet.Answer(true, List.of(), List.of(), CHECKED).writeTo(out);
        }
        assertEquals("{\"allowed\":true,\"reasons\":[],\"credentials\":[],"
                + "\"checkedAt\":\"2026-12-04T10:15:30.123456789Z\"}", json.toString());
    }

    @Test
    void aRequestIsReadWithCodesInAnyCase() {
        VerificationRequest request = VerificationRequest.parse("{\"volunteer\": {\"memberId\": \"17\"}, "
                + "\"requirement\": {\"minTier\": \"l2\", \"endorsements\": [\"disability\"]}, \"extra\": 1}");

        assertEquals(17L, request.volunteer().memberId());
        assertNull(request.volunteer().credentialNumber());
        assertEquals(Tier.L2, request.requirement().minTier());
        assertEquals(Set.of(Endorsement.DISABILITY), request.requirement().endorsements());
    }

    @Test
    void aMalformedRequestIsRefusedNamingTheField() {
        assertEquals("verification.json", refusal("{\"volunteer\": "));
        assertEquals("verification.json", refusal("{} {}"));
        assertEquals("verification.body", refusal("[]"));
        assertEquals("verification.volunteer",
                refusal("{\"volunteer\": {\"credentialNumber\": \"AX-L1-26-0000002-9\", \"memberId\": 3}}"));
        assertEquals("verification.memberId", refusal("{\"volunteer\": {\"memberId\": -3}}"));
    }

    @Test
    void aRequestThatAsksNothingIsRefusedNamingTheRequirement() {
        for (String nothing : new String[] {"", ", \"requirement\": null", ", \"requirement\": {}",
                ", \"requirement\": {\"endorsements\": [], \"minTier\": null}"}) {
            assertEquals("verification.requirement",
                    refusal("{\"volunteer\": {\"memberId\": 3}" + nothing + "}"), nothing);
        }
    }

    @Test
    void theBearerKeyIsTakenWithTheSchemeInAnyCase() {
        assertEquals("axk_abc", VerificationServlet.bearer("bEaReR  axk_abc "));
        assertNull(VerificationServlet.bearer("Basic axk_abc"));
        assertNull(VerificationServlet.bearer("Bearer "));
        assertNull(VerificationServlet.bearer(null));
    }

    private static String refusal(String body) {
        return assertThrows(VerificationRequest.Malformed.class, () -> VerificationRequest.parse(body))
                .problem().code();
    }
}
