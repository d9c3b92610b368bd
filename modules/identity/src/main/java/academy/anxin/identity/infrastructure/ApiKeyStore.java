package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.ApiKey;
import academy.anxin.identity.domain.ApiKeys;
import academy.anxin.kernel.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Organizations' API keys in {@code idn_api_key}, in plain SQL: a key is inserted once and only ever revoked. */
@ApplicationScoped
public class ApiKeyStore implements ApiKeys {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public long add(long organizationId, String name, String prefix, String hash, int perMinute, long createdBy,
                    Instant at) {
        em.createNativeQuery("INSERT INTO idn_api_key (organization_id, name, key_prefix, key_hash, per_minute, "
                        + "created_by, created_at) VALUES (?,?,?,?,?,?,?)")
                .setParameter(1, organizationId).setParameter(2, name).setParameter(3, prefix).setParameter(4, hash)
                .setParameter(5, perMinute).setParameter(6, createdBy).setParameter(7, Sql.utc(at)).executeUpdate();
        return Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public Optional<ApiKey> byHash(String hash) {
        return rows("WHERE key_hash = ?", hash).stream().findFirst();
    }

    @Override
    public List<ApiKey> ofOrganization(long organizationId) {
        return rows("WHERE organization_id = ? ORDER BY created_at DESC", organizationId);
    }

    @Override
    public boolean revoke(long organizationId, long keyId, long revokedBy, Instant at) {
        return em.createNativeQuery("UPDATE idn_api_key SET revoked_by = ?, revoked_at = ? WHERE id = ? "
                        + "AND organization_id = ? AND revoked_at IS NULL")
                .setParameter(1, revokedBy).setParameter(2, Sql.utc(at)).setParameter(3, keyId)
                .setParameter(4, organizationId).executeUpdate() == 1;
    }

    private List<ApiKey> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, organization_id, name, key_prefix, per_minute, "
                + "created_at, revoked_at FROM idn_api_key " + where).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new ApiKey(Sql.number(r[0]), Sql.number(r[1]), (String) r[2], (String) r[3],
                (int) Sql.number(r[4]), Sql.instant(r[5]), Sql.instant(r[6]))).toList();
    }
}
