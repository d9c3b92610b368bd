package academy.anxin.credentials.infrastructure.signing;

import academy.anxin.kernel.domain.AuditCheckpoint;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An audit checkpoint as a compact JWS signed with the platform's key (RS256, the key's {@code kid} in the
 * header, so that anyone holding {@code /.well-known/jwks.json} can check it). The header's {@code typ} is
 * {@value #TYPE}, so that no other signed document of the platform (a credential, a status list) passes for a
 * checkpoint. The payload: {@code {"seq":12,"hash":"…","at":"2026-…Z"}}.
 */
public final class CheckpointJws {

    /** The JOSE header's {@code typ} of a checkpoint. */
    public static final String TYPE = "audit-checkpoint+jwt";

    private final SigningKeyRing keys;

    public CheckpointJws(SigningKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The claims signed with the ring's active key. */
    public String sign(AuditCheckpoint.Claims claims) {
        SigningKey key = keys.active();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid())
                .type(new JOSEObjectType(TYPE)).build();
        JWTClaimsSet payload = new JWTClaimsSet.Builder()
                .claim("seq", claims.sequence())
                .claim("hash", claims.hash())
                .claim("at", claims.at().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, payload);
        try {
            jwt.sign(new RSASSASigner(key.privateJwk()));
        } catch (JOSEException signingFailed) {
            throw new IllegalStateException("cannot sign with " + key.kid(), signingFailed);
        }
        return jwt.serialize();
    }

    /** The claims of a checkpoint signed by one of the ring's keys, active or retired; empty for anything else. */
    public Optional<AuditCheckpoint.Claims> verified(String compactJws) {
        try {
            SignedJWT jwt = SignedJWT.parse(compactJws);
            JWSHeader header = jwt.getHeader();
            // the algorithm by name: "none" and HS256 with a public key as the secret never get near a verifier
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || header.getType() == null
                    || !TYPE.equals(header.getType().getType()) || header.getKeyID() == null) {
                return Optional.empty();
            }
            Optional<SigningKey> key = keys.find(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get().publicJwk()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Long sequence = claims.getLongClaim("seq");
            String hash = claims.getStringClaim("hash");
            String at = claims.getStringClaim("at");
            if (sequence == null || hash == null || at == null) {
                return Optional.empty();
            }
            return Optional.of(new AuditCheckpoint.Claims(sequence, hash, Instant.parse(at)));
        } catch (ParseException | JOSEException | DateTimeParseException | IllegalStateException malformed) {
            return Optional.empty();
        }
    }
}
