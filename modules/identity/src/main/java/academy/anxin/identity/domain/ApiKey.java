package academy.anxin.identity.domain;

import java.time.Instant;

/**
 * An organization's API key as its admins see it in a list: the machine account of one of its case-assignment
 * services, named, told apart by its first characters ({@code prefix}), with its rate and whether it was revoked.
 * The key itself is never kept, only its hash, so nothing here can reveal it.
 */
public record ApiKey(long id, long organizationId, String name, String prefix, int perMinute, Instant createdAt,
                     Instant revokedAt) implements java.io.Serializable {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
