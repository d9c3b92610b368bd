package academy.anxin.credentials.infrastructure.signing;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A credential whose signature and validity period checked out: the JWT payload without the JWT claims, that is
 * the credential as issued, and the key that signed it.
 *
 * @param kid        the {@code kid} of the signing key
 * @param credential the credential JSON ({@code @context}, {@code id}, {@code type}, {@code issuer}, ...)
 */
public record VerifiedCredential(String kid, Map<String, Object> credential) {

    public VerifiedCredential {
        // not Map.copyOf: JSON may hold nulls
        credential = Collections.unmodifiableMap(new LinkedHashMap<>(credential));
    }

    public String id() {
        return (String) credential.get("id");
    }

    public List<?> types() {
        Object type = credential.get("type");
        return type instanceof List<?> list ? list : List.of(String.valueOf(type));
    }

    public String issuerId() {
        return VcJwtSigner.issuerId(credential);
    }

    /** {@code credentialSubject}; an empty map when there is none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> credentialSubject() {
        Object subject = credential.get("credentialSubject");
        return subject instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    public String subjectId() {
        Object id = credentialSubject().get("id");
        return id == null ? null : id.toString();
    }

    /** {@code null} only in a malformed credential: {@code validFrom} is required. */
    public Instant validFrom() {
        Object from = credential.get("validFrom");
        return from == null ? null : Instant.parse(from.toString());
    }

    /** {@code null} when the credential does not expire. */
    public Instant validUntil() {
        Object until = credential.get("validUntil");
        return until == null ? null : Instant.parse(until.toString());
    }
}
