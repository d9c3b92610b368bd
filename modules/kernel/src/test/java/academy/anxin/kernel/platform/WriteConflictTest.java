package academy.anxin.kernel.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are a write that lost to another (try again), in the shapes the platform's layers wrap them. */
class WriteConflictTest {

    private static SQLException deadlock() {
        // what Connector/J 3.5 throws for error 1213, on plain InnoDB and for a Galera certification failure
        return new SQLTransactionRollbackException(
                "(conn=41) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    @Test
    void aDeadlockUnderAnyWrappingIsAConflict() {
        // as EclipseLink and the transaction manager wrap a flush that failed
        assertTrue(WriteConflict.isConflict(new IllegalStateException("transaction rolled back",
                new RuntimeException("Exception [EclipseLink-4002]", deadlock()))));
        // the error code alone, and the SQL state alone
        assertTrue(WriteConflict.isConflict(new SQLException("deadlock", "HY000", WriteConflict.DEADLOCK)));
        assertTrue(WriteConflict.isConflict(new SQLException("serialization failure", "40001")));
        // through SQLException.getNextException, as a batch reports it
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(deadlock());
        assertTrue(WriteConflict.isConflict(batch));
    }

    @Test
    void aLockWaitThatRanOutIsAConflict() {
        assertTrue(WriteConflict.isConflict(new RuntimeException(new SQLException(
                "(conn=7) Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));
    }

    @Test
    void aConflictAtCommitIsKnownByMariaDbsWordsWhenPayaraKeptOnlyTheText() {
        // Payara's ConnectorXAResource.commit: new XAException(ex.toString()), the cause dropped
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: (conn=9) Deadlock found"
                + " when trying to get lock; try restarting transaction");
        commit.errorCode = XAException.XAER_RMERR;
        assertTrue(WriteConflict.isConflict(new IllegalStateException("commit failed", commit)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(WriteConflict.isConflict(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'a@b' for key 'email'", "23000", 1062)));
        assertFalse(WriteConflict.isConflict(new SQLSyntaxErrorException("You have an error in your SQL syntax",
                "42000", 1064)));
        assertFalse(WriteConflict.isConflict(new SQLNonTransientConnectionException("Connection reset", "08000")));
        assertFalse(WriteConflict.isConflict(new IllegalStateException("no")));
        assertFalse(WriteConflict.isConflict(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(WriteConflict.isConflict(first));
    }

    @Test
    void anOperationThatConflictsIsDoneAgainAndItsResultReturned() {
        AtomicInteger calls = new AtomicInteger();
        String saved = WriteConflict.retried("save", () -> {
            if (calls.incrementAndGet() < WriteConflict.ATTEMPTS) {
                throw new IllegalStateException("flush failed", deadlock());
            }
            return "saved";
        });
        assertEquals("saved", saved);
        assertEquals(WriteConflict.ATTEMPTS, calls.get());
    }

    @Test
    void theLastConflictGoesThroughAfterTheAttemptsAndAnyOtherFailureAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException conflict = new IllegalStateException("flush failed", deadlock());
        assertSame(conflict, assertThrows(IllegalStateException.class, () -> WriteConflict.retried("save", () -> {
            calls.incrementAndGet();
            throw conflict;
        })));
        assertEquals(WriteConflict.ATTEMPTS, calls.get());

        calls.set(0);
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> WriteConflict.retried("save", () -> {
            calls.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, calls.get());
    }
}
