package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.credentials.domain.VerificationCalls;
import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/** Every verification call in {@code crd_verification}, written in batches by {@code VerificationAudit}. */
@ApplicationScoped
public class VerificationLog implements VerificationCalls {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    /**
     * One multi-row insert through JDBC, in the caller's transaction. Not a JPA native query: EclipseLink matches
     * each of a query's thousands of positional parameters by a linear search, which made the flush of a busy
     * half second cost more CPU than the calls it recorded.
     */
    @Override
    public void write(List<VerificationCall> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO crd_verification (api_key_id, asked, allowed, outcome, "
                + "decided_by, at) VALUES ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (VerificationCall entry : entries) {
                insert.setLong(p++, entry.apiKeyId());
                insert.setString(p++, clip(entry.asked(), 500));
                insert.setObject(p++, entry.allowed(), Types.BOOLEAN);
                insert.setString(p++, entry.outcome());
                insert.setString(p++, clip(entry.decidedBy(), 200));
                insert.setObject(p++, Sql.utc(entry.at()));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("verification audit not written", e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
