package academy.anxin.learning.infrastructure;

import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.Sql;
import academy.anxin.learning.domain.LearningTallies;
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
 * Counts for reports by plain SQL over the given people's rows only. The funnel as one GROUP BY over the people's enrollments ({@code lrn_enrollment_by_person}); each enrollment's
 * completed lessons and its course's lessons are counted by correlated subqueries on their own indexes, so nothing
 * reads progress that is not these people's.
 */
@ApplicationScoped
public class SqlLearningTallies implements LearningTallies {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Funnel> funnel(Collection<Long> personIds, Instant from, Instant until) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT code, COUNT(*), SUM(done * 2 >= lessons AND lessons > 0 OR completed_at IS NOT NULL), "
                + "SUM(completed_at IS NOT NULL) FROM (SELECT c.code, e.completed_at, "
                + "(SELECT COUNT(*) FROM lrn_lesson_progress p WHERE p.enrollment_id = e.id "
                + "AND p.completed_at IS NOT NULL) AS done, "
                + "(SELECT COUNT(*) FROM lrn_lesson l WHERE l.course_id = e.course_id) AS lessons "
                + "FROM lrn_enrollment e JOIN lrn_course c ON c.id = e.course_id WHERE e.person_id IN ("
                + String.join(",", Collections.nCopies(personIds.size(), "?"))
                + ") AND e.started_at >= ? AND e.started_at < ?) AS f GROUP BY code ORDER BY code";
        List<Funnel> rows = new ArrayList<>();
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
                    rows.add(new Funnel(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning figures not read", e);
        }
        return rows;
    }

    @Override
    public MicroLessonUse microLessons(Collection<Long> personIds, Instant from, Instant until) {
        if (personIds.isEmpty()) {
            return MicroLessonUse.NONE;
        }
        String people = String.join(",", Collections.nCopies(personIds.size(), "?"));
        String micro = "SELECT person_id FROM lrn_micro_lesson_done WHERE person_id IN (" + people
                + ") AND done_at >= ? AND done_at < ?";
        String lessons = "SELECT e.person_id FROM lrn_enrollment e JOIN lrn_lesson_progress p ON p.enrollment_id = e.id"
                + " WHERE e.person_id IN (" + people + ") AND p.completed_at >= ? AND p.completed_at < ?";
        String sql = "SELECT (SELECT COUNT(*) FROM (" + micro + ") AS m), (SELECT COUNT(DISTINCT person_id) FROM ("
                + micro + " UNION " + lessons + ") AS a)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (int part = 0; part < 3; part++) {
                for (long id : personIds) {
                    statement.setLong(p++, id);
                }
                statement.setObject(p++, Sql.utc(from == null ? Instant.EPOCH : from));
                statement.setObject(p++, Sql.utc(until == null ? Instant.parse("9999-01-01T00:00:00Z") : until));
            }
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return new MicroLessonUse(r.getLong(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning figures not read", e);
        }
    }
}
