package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.identity.domain.ApiKey;
import academy.anxin.identity.domain.ApiKeys;
import academy.anxin.identity.domain.Membership;
import academy.anxin.identity.domain.Memberships;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key service's decisions over keys and memberships held in memory. */
class ApiKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final long ORG = 7;
    private static final Caller ADMIN = new Caller(1, "127.0.0.1");
    private static final Caller VOLUNTEER = new Caller(2, "127.0.0.1");

    private final KeysInMemory keys = new KeysInMemory();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final ApiKeyService service = new ApiKeyService();

    ApiKeyServiceTest() {
        service.keys = keys;
        service.memberships = new MembersInMemory(List.of(
                Membership.join(ADMIN.personId(), ORG, EnumSet.of(Role.ORG_ADMIN), NOW),
                Membership.join(VOLUNTEER.personId(), ORG, EnumSet.of(Role.VOLUNTEER), NOW)));
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(AuditRecord record) {
                audited.add(record);
                return null;
            }
        };
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.self = service;
    }

    @Test
    void aNewKeyIsShownOnceAndStoredOnlyAsItsHash() {
        ApiKeyService.Created created = service.create(ADMIN, ORG, " 派案系统 ", 600);
        assertTrue(created.key().startsWith("axk_") && created.key().length() > 40, created.key());
        KeysInMemory.Stored stored = keys.stored.get(0);
        assertEquals("派案系统", stored.key().name());
        assertEquals(created.key().substring(0, 12), stored.key().prefix());
        assertEquals(ApiKeyService.hash(created.key()), stored.hash());
        assertNotEquals(created.key(), stored.hash());
        assertEquals("API_KEY_CREATED", audited.get(0).action());
        assertEquals(Optional.of(new ApiClient(created.id(), ORG, 600)), service.authenticate(created.key()));
    }

    @Test
    void onlyTheOrganizationsAdminsManageItsKeys() {
        assertThrows(AccessDenied.class, () -> service.create(VOLUNTEER, ORG, "x", 10));
        assertThrows(AccessDenied.class, () -> service.list(VOLUNTEER, ORG));
        assertThrows(AccessDenied.class, () -> service.create(ADMIN, ORG + 1, "x", 10));
    }

    @Test
    void aKeyNeedsANameAndARateInRange() {
        assertEquals("apiKey.name.required",
                assertThrows(DomainException.class, () -> service.create(ADMIN, ORG, " ", 10)).messageKey());
        assertEquals("apiKey.perMinute.range",
                assertThrows(DomainException.class, () -> service.create(ADMIN, ORG, "x", 0)).messageKey());
        assertEquals("apiKey.perMinute.range", assertThrows(DomainException.class,
                () -> service.create(ADMIN, ORG, "x", ApiKeyService.LARGEST_PER_MINUTE + 1)).messageKey());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesAndIsRevokedOnce() {
        ApiKeyService.Created created = service.create(ADMIN, ORG, "派案系统", 600);
        assertTrue(service.authenticate(created.key()).isPresent());
        service.revoke(ADMIN, ORG, created.id());
        assertEquals(Optional.empty(), service.authenticate(created.key()), "the cache is cleared at once");
        assertTrue(service.list(ADMIN, ORG).get(0).isRevoked());
        assertEquals("apiKey.unknown", assertThrows(DomainException.class,
                () -> service.revoke(ADMIN, ORG, created.id())).messageKey());
    }

    @Test
    void keysOfTheWrongShapeAreRefusedWithoutALookUp() {
        assertEquals(Optional.empty(), service.authenticate(null));
        assertEquals(Optional.empty(), service.authenticate("axk_short"));
        assertEquals(Optional.empty(), service.authenticate("axk_" + "x".repeat(40)));
        assertEquals(1, keys.lookUps, "only the well-shaped unknown key was looked up");
    }

    private static final class KeysInMemory implements ApiKeys {

        record Stored(ApiKey key, String hash) {
        }

        final List<Stored> stored = new ArrayList<>();
        int lookUps;

        @Override
        public long add(long organizationId, String name, String prefix, String hash, int perMinute, long createdBy,
                        Instant at) {
            long id = stored.size() + 1;
            stored.add(new Stored(new ApiKey(id, organizationId, name, prefix, perMinute, at, null), hash));
            return id;
        }

        @Override
        public Optional<ApiKey> byHash(String hash) {
            lookUps++;
            return stored.stream().filter(s -> s.hash().equals(hash)).map(Stored::key).findFirst();
        }

        @Override
        public List<ApiKey> ofOrganization(long organizationId) {
            return stored.stream().map(Stored::key).filter(k -> k.organizationId() == organizationId).toList();
        }

        @Override
        public boolean revoke(long organizationId, long keyId, long revokedBy, Instant at) {
            for (int i = 0; i < stored.size(); i++) {
                ApiKey key = stored.get(i).key();
                if (key.id() == keyId && key.organizationId() == organizationId && !key.isRevoked()) {
                    stored.set(i, new Stored(new ApiKey(key.id(), key.organizationId(), key.name(), key.prefix(),
                            key.perMinute(), key.createdAt(), at), stored.get(i).hash()));
                    return true;
                }
            }
            return false;
        }
    }

    private record MembersInMemory(List<Membership> all) implements Memberships {

        @Override
        public Optional<Membership> byId(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Membership> of(long personId, long organizationId) {
            return all.stream().filter(m -> m.personId() == personId && m.organizationId() == organizationId)
                    .findFirst();
        }

        @Override
        public List<Membership> ofPerson(long personId) {
            return all.stream().filter(m -> m.personId() == personId).toList();
        }

        @Override
        public List<Membership> inOrganization(long organizationId) {
            return all.stream().filter(m -> m.organizationId() == organizationId).toList();
        }

        @Override
        public long countHolding(long organizationId, Role role) {
            return inOrganization(organizationId).stream().filter(m -> m.holds(role)).count();
        }

        @Override
        public List<long[]> holdingAnywhere(Role role) {
            return all.stream().filter(m -> m.holds(role))
                    .map(m -> new long[] {m.personId(), m.organizationId()}).toList();
        }

        @Override
        public Membership add(Membership membership) {
            throw new UnsupportedOperationException();
        }
    }
}
