package academy.anxin.kernel.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being unreachable (an outage), in the shapes the platform's layers wrap them. */
class DatabaseOutageTest {

    @Test
    void aRefusedOrDroppedConnectionUnderAnyWrappingIsAnOutage() {
        // Connector/J's, wrapped as EclipseLink and JSF wrap it
        SQLException dropped = new SQLNonTransientConnectionException("(conn=12) Connection reset", "08000");
        assertTrue(DatabaseOutage.unreachable(new IllegalStateException("faces",
                new RuntimeException("persistence", dropped))));
        // the pool's own exception, whose driver cause is only in its text
        assertTrue(DatabaseOutage.unreachable(new SQLException("Error in allocating a connection. Cause: "
                + "Connection could not be allocated because: Socket fail to connect to 127.0.0.1")));
        // SQL state class 08 on a plain SQLException
        assertTrue(DatabaseOutage.unreachable(new SQLException("communication link failure", "08S01")));
        // a socket's failure below a database failure
        assertTrue(DatabaseOutage.unreachable(new SQLException("could not connect",
                new ConnectException("Connection refused"))));
        // the transaction manager losing its resource
        XAException lost = new XAException(XAException.XAER_RMFAIL);
        assertTrue(DatabaseOutage.unreachable(new IllegalStateException("commit failed", lost)));
        // the chain followed through SQLException.getNextException too
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(new SQLNonTransientConnectionException("gone", "08006"));
        assertTrue(DatabaseOutage.unreachable(batch));
    }

    @Test
    void aRefusedStatementAFullPoolOrABrowserThatLeftIsNot() {
        assertFalse(DatabaseOutage.unreachable(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));
        assertFalse(DatabaseOutage.unreachable(new SQLSyntaxErrorException("syntax", "42000")));
        assertFalse(DatabaseOutage.unreachable(new SQLException("Error in allocating a connection. Cause: In-use "
                + "connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections.")));
        assertFalse(DatabaseOutage.unreachable(new IOException("Broken pipe", new SocketException("Connection reset"))));
        assertFalse(DatabaseOutage.unreachable(new IllegalArgumentException("no such course")));
        assertFalse(DatabaseOutage.unreachable(new IllegalStateException("commit failed",
                new XAException(XAException.XA_RBROLLBACK))));
    }
}
