package academy.anxin.credentials.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Every verification call, written in batches by {@code VerificationAudit}. */
@ApplicationScoped
public class VerificationLog {

    @PersistenceContext(unitName = "credentials")
    EntityManager em;

    public record Entry(long apiKeyId, String asked, Boolean allowed, String outcome, String decidedBy, Instant at) {
    }

    public void write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO crd_verification (api_key_id, asked, allowed, outcome, "
                + "decided_by, at) VALUES ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Entry entry : entries) {
            insert.setParameter(p++, entry.apiKeyId()).setParameter(p++, clip(entry.asked(), 500))
                    .setParameter(p++, entry.allowed()).setParameter(p++, entry.outcome())
                    .setParameter(p++, clip(entry.decidedBy(), 200)).setParameter(p++, Sql.utc(entry.at()));
        }
        insert.executeUpdate();
    }

    public long count(long apiKeyId) {
        return Sql.number(em.createNativeQuery("SELECT COUNT(*) FROM crd_verification WHERE api_key_id = ?")
                .setParameter(1, apiKeyId).getSingleResult());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
