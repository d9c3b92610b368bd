package academy.anxin.assessment.infrastructure;

import academy.anxin.assessment.domain.AttemptTallies;
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

/** The score bands as one GROUP BY over the people's attempts ({@code asm_attempt_by_person}), through JDBC. */
@ApplicationScoped
public class SqlAttemptTallies implements AttemptTallies {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<ScoreBand> bands(Collection<Long> personIds, Instant from, Instant until) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT exam_code, LEAST(10, FLOOR(score_right * 10 / score_total)) AS tenth, COUNT(*), "
                + "SUM(passed) FROM asm_attempt WHERE person_id IN ("
                + String.join(",", Collections.nCopies(personIds.size(), "?"))
                + ") AND status = 'SUBMITTED' AND score_right IS NOT NULL AND score_total > 0 "
                + "AND submitted_at >= ? AND submitted_at < ? GROUP BY exam_code, tenth ORDER BY exam_code, tenth";
        List<ScoreBand> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (long id : personIds) {
                statement.setLong(p++, id);
            }
            statement.setObject(p++, Sql.utc(from == null ? Instant.EPOCH : from));
            statement.setObject(p, Sql.utc(until == null ? Instant.parse("9999-01-01T00:00:00Z") : until));
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new ScoreBand(r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("exam figures not read", e);
        }
        return rows;
    }
}
