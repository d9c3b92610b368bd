package academy.anxin.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Organizations' API keys, held as SHA-256 hashes of the keys. */
public interface ApiKeys {

    /** Stores a new key by its hash; returns its id. */
    long add(long organizationId, String name, String prefix, String hash, int perMinute, long createdBy, Instant at);

    /** The key with this hash, revoked or not. */
    Optional<ApiKey> byHash(String hash);

    /** An organization's keys, newest first. */
    List<ApiKey> ofOrganization(long organizationId);

    /** Revokes one of the organization's keys once: false when there is no such unrevoked key. */
    boolean revoke(long organizationId, long keyId, long revokedBy, Instant at);
}
