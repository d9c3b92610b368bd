package academy.anxin.credentials.infrastructure.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a credential in the JSON Web Token proof format of Open Badges 3.0 §8.2 (the VC Data Model 2.0 edition):
 * the JWT payload is the credential itself, its members at the top level, plus the registered claims
 * {@code iss} = {@code issuer.id}, {@code sub} = {@code credentialSubject.id}, {@code jti} = {@code id},
 * {@code nbf} = {@code validFrom} and {@code exp} = {@code validUntil} when there is one. There is no {@code vc}
 * claim: that wrapper belonged to VC Data Model 1.1, and VC-JOSE-COSE forbids it.
 *
 * <p>The JOSE header is exactly {@code alg} RS256, {@code kid} and {@code typ} "JWT": OB 3.0 "Create the JOSE
 * Header" allows no other.
 */
public final class VcJwtSigner {

    private final SigningKeyRing keys;

    public VcJwtSigner(SigningKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Signs with the ring's active key. */
    public SignedCredential sign(Map<String, Object> credential) {
        SigningKey key = keys.active();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims(credential));
        try {
            jwt.sign(new RSASSASigner(key.privateJwk()));
        } catch (JOSEException signingFailed) {
            throw new IllegalStateException("cannot sign with " + key.kid(), signingFailed);
        }
        return new SignedCredential(credential, jwt.serialize(), key.kid());
    }

    static JWTClaimsSet claims(Map<String, Object> credential) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(issuerId(credential));
        claims.jwtID(requiredString(credential, "id"));
        claims.notBeforeTime(date(requiredString(credential, "validFrom")));
        if (credential.get("credentialSubject") instanceof Map<?, ?> subject && subject.get("id") != null) {
            claims.subject(subject.get("id").toString());
        }
        if (credential.get("validUntil") != null) {
            claims.expirationTime(date(credential.get("validUntil").toString()));
        }
        return claims.build();
    }

    /** {@code issuer} is either a URL or a profile object with an {@code id}. */
    static String issuerId(Map<String, Object> credential) {
        Object issuer = credential.get("issuer");
        if (issuer instanceof Map<?, ?> profile) {
            issuer = profile.get("id");
        }
        if (issuer == null) {
            throw new IllegalArgumentException("a credential needs an issuer id");
        }
        return issuer.toString();
    }

    private static String requiredString(Map<String, Object> credential, String name) {
        Object value = credential.get(name);
        if (value == null) {
            throw new IllegalArgumentException("a credential needs " + name);
        }
        return value.toString();
    }

    private static Date date(String dateTime) {
        return Date.from(Instant.parse(dateTime));
    }
}
