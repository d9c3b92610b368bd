package academy.anxin.kernel.platform;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether a failure is a write that lost to another at the same moment, so that the whole transaction was rolled
 * back and doing it again is the answer: a deadlock (MariaDB error 1213, SQL state 40001), which is also how a
 * Galera cluster reports a transaction that failed certification against a write committed through another
 * database node, or a lock wait that ran out (1205). Nothing of such a transaction was written.
 *
 * <p>Idempotent operations (an exam answer's autosave, a lease's take) are done again at once by {@link #retried};
 * everything else is answered "please try again" (web's pages and servlets, api's problem), never a stack trace.
 *
 * <p>The cause chain is walked down to the {@link SQLException}. A conflict met at commit loses its chain on the way
 * out of Payara (its {@code ConnectorXAResource} turns the local commit's failure into an {@code XAException}
 * carrying only the text), so MariaDB's own words for both errors, "try restarting transaction", count too.
 */
public final class WriteConflict {

    /** ER_LOCK_DEADLOCK: a deadlock, or a Galera certification failure. */
    public static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT: a row lock not granted within innodb_lock_wait_timeout. */
    public static final int LOCK_WAIT_TIMEOUT = 1205;
    /** The SQL state of a transaction rolled back for serialization: a deadlock. */
    public static final String SERIALIZATION_FAILURE = "40001";
    /** How many times {@link #retried} does an operation in all. */
    public static final int ATTEMPTS = 3;

    private static final String MARIADB_WORDS = "try restarting transaction";
    private static final Logger LOG = Logger.getLogger(WriteConflict.class.getName());

    private WriteConflict() {
    }

    /** Whether {@code failure}, anywhere in its causes, is a conflict that a second try can get past. */
    public static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 30; depth++) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.contains(MARIADB_WORDS)) {
                return true;
            }
            Throwable next = cause.getCause();
            if (next == null && cause instanceof SQLException sql) {
                next = sql.getNextException();
            }
            cause = next == cause ? null : next;
        }
        return false;
    }

    /**
     * Does {@code operation} again after a conflict, up to {@link #ATTEMPTS} times in all with a short pause between,
     * and lets the last conflict (or any other failure) through. Only for operations that are safe to repeat and that
     * run each try in a transaction of their own (or as one statement): a conflict inside a caller's transaction has
     * rolled that whole transaction back, and repeating a part of it would not restore the rest.
     */
    public static <T> T retried(String what, Supplier<T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isConflict(failure)) {
                    throw failure;
                }
                LOG.log(Level.FINE, what + ": a conflicting write, trying again", failure);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            // a few milliseconds, more each time, so that the two colliding writers do not meet again
            Thread.sleep(5L * attempt * attempt + (long) (Math.random() * 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
