package academy.anxin.identity.application;

import academy.anxin.identity.domain.ApiKey;
import academy.anxin.identity.domain.ApiKeys;
import academy.anxin.identity.domain.Memberships;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Organizations' API keys, the machine accounts of their case-assignment services: created by an organization
 * admin and shown once, listed by their first characters, revoked at once. Only a SHA-256 of each key is stored.
 * Keys are looked up through a short cache, so a verification costs no key query; a revocation clears it here at
 * once, and other nodes within the cache's second.
 */
@ApplicationScoped
public class ApiKeyService {

    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int LARGEST_PER_MINUTE = 600_000;
    /** A second: at most one key query per key, node and second, and a revocation reaches every node within it. */
    private static final Duration CACHED = Duration.ofSeconds(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiKeys keys;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ApiKeyService self;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A new key: the secret is in {@code key} and is never shown again. */
    public record Created(long id, String key) {
    }

    private record Cached(Optional<ApiClient> client, Instant until) {
    }

    @Transactional
    public Created create(Caller caller, long organizationId, String name, int perMinute) {
        requireAdmin(caller, organizationId);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new DomainException("name", "apiKey.name.required");
        }
        if (perMinute < 1 || perMinute > LARGEST_PER_MINUTE) {
            throw new DomainException("perMinute", "apiKey.perMinute.range", LARGEST_PER_MINUTE);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "axk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = keys.add(organizationId, label, key.substring(0, 12), hash(key), perMinute, caller.personId(),
                clock.instant());
        audit.record(new AuditRecord(caller.actor(), "API_KEY_CREATED", "organization:" + organizationId,
                "key " + key.substring(0, 12) + "… \"" + label + "\"", caller.address()));
        return new Created(id, key);
    }

    @Transactional
    public List<ApiKey> list(Caller caller, long organizationId) {
        requireAdmin(caller, organizationId);
        return keys.ofOrganization(organizationId);
    }

    @Transactional
    public void revoke(Caller caller, long organizationId, long keyId) {
        requireAdmin(caller, organizationId);
        if (!keys.revoke(organizationId, keyId, caller.personId(), clock.instant())) {
            throw new DomainException(null, "apiKey.unknown");
        }
        cache.clear();
        audit.record(new AuditRecord(caller.actor(), "API_KEY_REVOKED", "organization:" + organizationId,
                "key id " + keyId, caller.address()));
    }

    /**
     * The client a presented key belongs to; empty for an unknown or revoked key. Not transactional: a cached key,
     * the common case, needs no transaction, and only a miss asks the store (in one of its own).
     */
    public Optional<ApiClient> authenticate(String presented) {
        if (presented == null || presented.length() < 20 || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(presented);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.client();
        }
        Optional<ApiClient> client = self.stored(hash);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Cached(client, now.plus(CACHED)));
        return client;
    }

    @Transactional
    public Optional<ApiClient> stored(String hash) {
        return keys.byHash(hash).filter(key -> !key.isRevoked())
                .map(key -> new ApiClient(key.id(), key.organizationId(), key.perMinute()));
    }

    private void requireAdmin(Caller caller, long organizationId) {
        if (!memberships.of(caller.personId(), organizationId).map(m -> m.holds(Role.ORG_ADMIN)).orElse(false)) {
            throw new AccessDenied();
        }
    }

    static String hash(String key) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
