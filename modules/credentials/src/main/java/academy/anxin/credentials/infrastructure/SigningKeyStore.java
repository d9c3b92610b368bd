package academy.anxin.credentials.infrastructure;

import academy.anxin.kernel.platform.Sql;
import academy.anxin.credentials.infrastructure.signing.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The signing keys, as the key ring stores them; a retired key is updated once, never deleted. */
@ApplicationScoped
public class SigningKeyStore {

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    public List<SigningKey> all() {
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("SELECT stored FROM crd_signing_key ORDER BY created_at")
                .getResultList();
        return stored.stream().map(SigningKey::fromStorageJson).toList();
    }

    /** Adds a key, or records its retirement. */
    public void save(SigningKey key) {
        em.createNativeQuery("INSERT INTO crd_signing_key (kid, created_at, retired_at, stored) VALUES (?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE retired_at = VALUES(retired_at), stored = VALUES(stored)")
                .setParameter(1, key.kid()).setParameter(2, Sql.utc(key.createdAt()))
                .setParameter(3, Sql.utc(key.retiredAt())).setParameter(4, key.toStorageJson()).executeUpdate();
    }
}
