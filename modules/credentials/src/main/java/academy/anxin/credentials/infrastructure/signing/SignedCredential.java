package academy.anxin.credentials.infrastructure.signing;

import java.util.Collections;
import java.util.Map;

/**
 * A credential and its VC-JWT form: what {@code GET /api/v1/credentials/{number}} returns ("the JSON and the
 * signed form").
 *
 * @param credential the credential as JSON (unsigned view, for display)
 * @param compactJws the signed form: a compact JWS whose payload is the credential plus the JWT claims
 * @param kid        the key that signed it
 */
public record SignedCredential(Map<String, Object> credential, String compactJws, String kid) {

    public SignedCredential {
        // read-only, so that the JSON shown can never drift from what was signed
        credential = Collections.unmodifiableMap(credential);
    }
}
