package academy.anxin.learning.infrastructure;

import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.Sql;
import academy.anxin.learning.domain.MicroLessonsDone;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code lrn_micro_lesson_done} by plain SQL: a row per person and code, kept by its primary key. */
@ApplicationScoped
public class SqlMicroLessonsDone implements MicroLessonsDone {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public boolean record(long personId, String microLessonCode, Instant at) {
        // INSERT IGNORE: a second "finished" (another tab, a double click) keeps the first day
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO lrn_micro_lesson_done "
                     + "(person_id, micro_lesson_code, done_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, personId);
            insert.setString(2, microLessonCode);
            insert.setObject(3, Sql.utc(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("micro-lesson not recorded", e);
        }
    }

    @Override
    public Optional<Instant> doneAt(long personId, String microLessonCode) {
        return read("SELECT micro_lesson_code, done_at FROM lrn_micro_lesson_done WHERE person_id = ? "
                + "AND micro_lesson_code = ?", personId, microLessonCode).stream().findFirst().map(Done::at);
    }

    @Override
    public List<Done> of(long personId) {
        return read("SELECT micro_lesson_code, done_at FROM lrn_micro_lesson_done WHERE person_id = ? "
                + "ORDER BY done_at, micro_lesson_code", personId, null);
    }

    private List<Done> read(String sql, long personId, String code) {
        List<Done> done = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, personId);
            if (code != null) {
                query.setString(2, code);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    done.add(new Done(rows.getString(1), Sql.instant(rows.getObject(2))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("micro-lessons not read", e);
        }
        return done;
    }
}
