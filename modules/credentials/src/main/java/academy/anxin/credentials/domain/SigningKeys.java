package academy.anxin.credentials.domain;

import java.util.List;

/**
 * The platform's signing keys, as the proofs need them: the active key signs credentials and status lists (VC-JWT,
 * RS256), every key, retired ones too, is published so that whatever it signed still verifies, and a rotation
 * brings in a new active key. The keys themselves, private parts and all, never leave the implementation.
 */
public interface SigningKeys {

    /** A rotation: the key that was active, now retired, and the new active one. */
    record Rotation(String retiredKid, String activeKid) {
    }

    /** The credential signed with the active key: a compact JWS. */
    String signBadge(BadgeClaims claims);

    /** The status list signed with the active key: a compact JWS. */
    String signStatusList(StatusListClaims claims);

    /** The public parts of every key as a JWK Set: the body of {@code GET /.well-known/jwks.json}. */
    String publicJwkSetJson();

    /** Every key, oldest first, retired ones included. */
    List<PublishedKey> all();

    /** Makes a new active key and retires the one that was, keeping both. */
    Rotation rotate();
}
