package academy.anxin.credentials.domain;

import academy.anxin.credentials.domain.BitstringStatusListEntry.Purpose;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a published status list says, in plain values: what {@link SigningKeys#signStatusList} signs (the document
 * itself is built in {@code infrastructure.signing.CredentialDocuments}). One list per purpose, so that a
 * suspension (reversible) and a revocation (final) never share a bit.
 *
 * @param id         the list credential's URL: what each credential's {@code statusListCredential} points to
 * @param issuerId   the issuer, as in the credentials the list covers
 * @param purpose    what a set bit means
 * @param list       the bits
 * @param validFrom  when this edition of the list was made
 * @param validUntil when verifiers should stop trusting this edition; {@code null} for no end
 * @param ttl        how long verifiers may cache it ({@code ttl}, in milliseconds on the wire); {@code null} for unsaid
 */
public record StatusListClaims(URI id, URI issuerId, Purpose purpose, BitstringStatusList list, Instant validFrom,
        Instant validUntil, Duration ttl) {

    public StatusListClaims {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(list, "list");
        validFrom = Objects.requireNonNull(validFrom, "validFrom").truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil == null ? null : validUntil.truncatedTo(ChronoUnit.SECONDS);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil must come after validFrom");
        }
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("ttl must be positive");
        }
    }
}
