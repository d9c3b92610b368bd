package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.domain.VerificationTallies;
import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Calls per key and day as one GROUP BY over {@code crd_verification}, each key's range read through
 * {@code crd_verification_by_key (api_key_id, at)}. The column holds UTC; China Standard Time has no daylight
 * saving, so its day is the UTC time plus eight hours.
 */
@ApplicationScoped
public class SqlVerificationTallies implements VerificationTallies {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Day> perDay(Collection<Long> apiKeyIds, Instant from, Instant until) {
        if (apiKeyIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT api_key_id, DATE(at + INTERVAL 8 HOUR) AS day, SUM(allowed IS TRUE), "
                + "SUM(allowed IS FALSE), SUM(allowed IS NULL) FROM crd_verification WHERE api_key_id IN ("
                + String.join(",", Collections.nCopies(apiKeyIds.size(), "?"))
                + ") AND at >= ? AND at < ? GROUP BY api_key_id, day ORDER BY day, api_key_id";
        List<Day> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (long id : apiKeyIds) {
                statement.setLong(p++, id);
            }
            statement.setObject(p++, Sql.utc(from == null ? Instant.EPOCH : from));
            statement.setObject(p, Sql.utc(until == null ? Instant.parse("9999-01-01T00:00:00Z") : until));
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Day(r.getLong(1), r.getObject(2, java.time.LocalDate.class), r.getLong(3),
                            r.getLong(4), r.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verification figures not read", e);
        }
        return rows;
    }
}
