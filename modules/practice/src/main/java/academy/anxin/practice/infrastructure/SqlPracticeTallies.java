package academy.anxin.practice.infrastructure;

import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.Sql;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.PracticeTallies;
import academy.anxin.practice.domain.RiskLevel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The report counts as GROUP BY queries over {@code prc_session}, through plain JDBC (no entity is built). Each
 * query is bounded by the organization and the status or period through an index ({@code prc_session_report_cover}:
 * organization, status, day; {@code prc_session_decided_cover}: organization, decision time; both of migration V6
 * and holding every column their query reads, so no row of the table is visited; {@code prc_session_by_supervisor}
 * of V2: organization, supervisor, status), so its cost grows with one organization's sessions in the period, not
 * with the table.
 */
@ApplicationScoped
public class SqlPracticeTallies implements PracticeTallies {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Approved> approved(long organizationId, Long supervisorId, LocalDate from, LocalDate to) {
        String sql = "SELECT YEAR(session_date), MONTH(session_date), modality, population, risk_level, "
                + "SUM(CASE WHEN minutes < 0 THEN -1 ELSE 1 END), SUM(minutes) FROM prc_session "
                + "WHERE organization_id = ? AND status = 'APPROVED' AND session_date >= ? AND session_date <= ?"
                + (supervisorId == null ? "" : " AND supervisor_id = ?")
                + " GROUP BY YEAR(session_date), MONTH(session_date), modality, population, risk_level";
        List<Approved> rows = new ArrayList<>();
        query(sql, statement -> {
            statement.setLong(1, organizationId);
            statement.setDate(2, Date.valueOf(from == null ? LocalDate.of(2000, 1, 1) : from));
            statement.setDate(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to));
            if (supervisorId != null) {
                statement.setLong(4, supervisorId);
            }
        }, r -> rows.add(new Approved(YearMonth.of(r.getInt(1), r.getInt(2)), Modality.valueOf(r.getString(3)),
                Population.valueOf(r.getString(4)), RiskLevel.valueOf(r.getString(5)), r.getLong(6), r.getLong(7))));
        return rows;
    }

    @Override
    public List<Instant> waitingSince(long organizationId, Long supervisorId) {
        String sql = "SELECT submitted_at FROM prc_session WHERE organization_id = ? AND status = 'SUBMITTED'"
                + (supervisorId == null ? "" : " AND supervisor_id = ?") + " ORDER BY submitted_at";
        List<Instant> since = new ArrayList<>();
        query(sql, statement -> {
            statement.setLong(1, organizationId);
            if (supervisorId != null) {
                statement.setLong(2, supervisorId);
            }
        }, r -> {
            Instant at = Sql.instant(r.getObject(1, java.time.LocalDateTime.class));
            if (at != null) {
                since.add(at);
            }
        });
        return since;
    }

    @Override
    public List<Decisions> decisions(long organizationId, Long supervisorId, Instant from, Instant until) {
        String sql = "SELECT decided_by, SUM(status = 'APPROVED'), SUM(status IN ('RETURNED', 'SUBMITTED', 'DRAFT')), "
                + "SUM(status = 'REJECTED') FROM prc_session WHERE organization_id = ? AND decided_by IS NOT NULL "
                + "AND decided_at >= ? AND decided_at < ?"
                + (supervisorId == null ? "" : " AND supervisor_id = ? AND decided_by = ?")
                + " GROUP BY decided_by";
        List<Decisions> rows = new ArrayList<>();
        query(sql, statement -> {
            statement.setLong(1, organizationId);
            statement.setObject(2, Sql.utc(from == null ? Instant.EPOCH : from));
            statement.setObject(3, Sql.utc(until == null ? Instant.parse("9999-01-01T00:00:00Z") : until));
            if (supervisorId != null) {
                statement.setLong(4, supervisorId);
                statement.setLong(5, supervisorId);
            }
        }, r -> rows.add(new Decisions(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4))));
        return rows;
    }

    @Override
    public List<Long> volunteersOf(long organizationId, long supervisorId) {
        List<Long> volunteers = new ArrayList<>();
        query("SELECT DISTINCT volunteer_id FROM prc_session WHERE organization_id = ? AND supervisor_id = ?",
                statement -> {
                    statement.setLong(1, organizationId);
                    statement.setLong(2, supervisorId);
                }, r -> volunteers.add(r.getLong(1)));
        return volunteers;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("practice figures not read", e);
        }
    }
}
