package academy.anxin.credentials.domain;

import academy.anxin.kernel.domain.LocalizedText;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What an Open Badges 3.0 credential says, in plain values: what {@link SigningKeys#signBadge} signs (the document
 * itself is built in {@code infrastructure.signing.CredentialDocuments}). It names the holder only through
 * {@code subjectId}, the public verification address or a URN: the signed badge travels, so it carries no personal
 * data beyond what the public page shows.
 *
 * <p>Times are kept to the second, because the VC-JWT {@code nbf} and {@code exp} claims are whole seconds and
 * must equal {@code validFrom} and {@code validUntil} (OB 3.0 §8.2, "JWT Payload Format" and "Verify a Credential").
 *
 * @param credentialId           the credential's {@code id} and the JWT {@code jti}
 * @param issuerId               the issuing profile's {@code id} and the JWT {@code iss}
 * @param issuerName             the issuing profile's {@code name}
 * @param subjectId              {@code credentialSubject.id} and the JWT {@code sub}
 * @param achievementId          the tier's or endorsement's {@code id}, the same for every holder
 * @param achievementName        the tier's or endorsement's name in Chinese and English
 * @param achievementDescription what holding it means
 * @param criteriaNarrative      how it is earned
 * @param code                   the tier or endorsement code ({@code L2}, {@code DISABILITY}): the {@code humanCode}
 * @param validFrom              {@code validFrom}, the JWT {@code nbf}
 * @param validUntil             {@code validUntil}, the JWT {@code exp}; {@code null} for no end
 * @param status                 where revocation and suspension of this credential are published
 */
public record BadgeClaims(URI credentialId, URI issuerId, String issuerName, URI subjectId, URI achievementId,
        LocalizedText achievementName, String achievementDescription, String criteriaNarrative, String code,
        Instant validFrom, Instant validUntil, List<BitstringStatusListEntry> status) {

    public BadgeClaims {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(achievementName, "achievementName");
        Objects.requireNonNull(achievementDescription, "achievementDescription");
        Objects.requireNonNull(criteriaNarrative, "criteriaNarrative");
        Objects.requireNonNull(code, "code");
        validFrom = Objects.requireNonNull(validFrom, "validFrom").truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil == null ? null : validUntil.truncatedTo(ChronoUnit.SECONDS);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil must come after validFrom");
        }
        status = List.copyOf(status);
    }
}
