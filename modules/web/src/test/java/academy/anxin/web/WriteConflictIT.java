package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.platform.WriteConflict;
import academy.anxin.web.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real deadlock on the tests' MariaDB: two transactions lock two rows in opposite order, InnoDB rolls one back with
 * error 1213 (what a Galera cluster also answers for a failed certification), {@link WriteConflict} knows it for a
 * conflict, nothing of the loser stays, and the loser done again succeeds. Plain JDBC, in a scratch database of its
 * own beside the tests' one, so that the platform's schema is untouched.
 */
class WriteConflictIT {

    private String scratch;
    private String table;

    @BeforeEach
    void scratchTable() throws SQLException {
        try (Connection db = connection(true); Statement sql = db.createStatement()) {
            try (ResultSet name = sql.executeQuery("SELECT DATABASE()")) {
                name.next();
                scratch = name.getString(1) + "_conflict";
            }
            table = scratch + ".ledger";
            sql.execute("DROP DATABASE IF EXISTS " + scratch);
            sql.execute("CREATE DATABASE " + scratch);
            sql.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, amount INT NOT NULL) ENGINE=InnoDB");
            sql.execute("INSERT INTO " + table + " VALUES (1, 0), (2, 0)");
        }
    }

    @AfterEach
    void dropScratch() throws SQLException {
        try (Connection db = connection(true); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + scratch);
        }
    }

    @Test
    void twoTransactionsLockingRowsInOppositeOrderEndInOneConflictThatNothingOfIsKeptAndThatSucceedsAgain()
            throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection first = connection(false); Connection second = connection(false)) {
            add(first, 1);
            add(second, 2);
            // the first now waits for the second's row; the second then asks for the first's: a cycle
            Future<SQLException> firstWaits = other.submit(() -> addOrFail(first, 2));
            Thread.sleep(500);
            SQLException secondFailure = addOrFail(second, 1);
            SQLException firstFailure = firstWaits.get(30, TimeUnit.SECONDS);

            // exactly one lost, with MariaDB's deadlock; the other goes on and commits
            assertTrue(firstFailure == null ^ secondFailure == null, "one of the two is rolled back");
            SQLException lost = firstFailure != null ? firstFailure : secondFailure;
            assertEquals(WriteConflict.DEADLOCK, lost.getErrorCode(), lost.getMessage());
            assertEquals(WriteConflict.SERIALIZATION_FAILURE, lost.getSQLState());
            assertTrue(WriteConflict.isConflict(new IllegalStateException("as a layer wraps it", lost)));
            Connection winner = firstFailure == null ? first : second;
            Connection loser = firstFailure == null ? second : first;
            winner.commit();
            loser.rollback();
            // the loser's first row, written before the deadlock, is gone with the rest of its transaction
            assertEquals(1, amount(1));
            assertEquals(1, amount(2));

            // an idempotent operation is done again and succeeds
            int saved = WriteConflict.retried("both rows", () -> {
                try {
                    add(loser, 1);
                    add(loser, 2);
                    loser.commit();
                    return 2;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(2, saved);
            assertEquals(2, amount(1));
            assertEquals(2, amount(2));
        } finally {
            other.shutdownNow();
        }
    }

    private Connection connection(boolean autoCommit) throws SQLException {
        Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY));
        db.setAutoCommit(autoCommit);
        try (Statement sql = db.createStatement()) {
            // a deadlock is found at once; this only bounds the test if something else holds a lock
            sql.execute("SET SESSION innodb_lock_wait_timeout = 20");
        }
        return db;
    }

    private void add(Connection db, int id) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE " + table + " SET amount = amount + 1 WHERE id = " + id);
        }
    }

    private SQLException addOrFail(Connection db, int id) {
        try {
            add(db, id);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private int amount(int id) throws SQLException {
        try (Connection db = connection(true); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT amount FROM " + table + " WHERE id = " + id)) {
            assertTrue(row.next());
            return row.getInt(1);
        }
    }
}
