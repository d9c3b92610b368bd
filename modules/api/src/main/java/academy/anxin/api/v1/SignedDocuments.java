package academy.anxin.api.v1;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Reads the payload of a compact JWS that the platform itself signed, to show it as JSON beside the signed form.
 * No signature is checked here: the token comes from our own store, and a verifier checks it with the published
 * keys, not with this.
 */
final class SignedDocuments {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private SignedDocuments() {
    }

    /** The JSON object in the middle part of {@code header.payload.signature}. */
    static JsonObject payload(String compactJws) {
        String[] parts = compactJws.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("a stored credential is not a compact JWS");
        }
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
