package academy.anxin.datasource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Connector/J's data source seen as a plain {@link DataSource} and nothing more, so that Payara pools it for local
 * (one-phase) transactions instead of XA, which Galera refuses ("This version of MariaDB doesn't yet support 'XA
 * transactions with Galera replication'", error 1235).
 *
 * <p>Payara decides a {@code @DataSourceDefinition}'s resource type from its class's interfaces alone
 * ({@code DataSourceDefinitionDeployer}: {@code XADataSource} wins over {@code ConnectionPoolDataSource}, which wins
 * over {@code DataSource}); there is no property to say otherwise. {@link MariaDbDataSource} implements all three,
 * so it was pooled as XA and every transaction ran as {@code XA START ... XA COMMIT ONE PHASE}. A subclass would
 * inherit the interfaces, hence this wrapper. Atomicity is unchanged: every persistence unit and native store
 * uses this one data source, so a JTA transaction holds one connection and commits it once.
 *
 * <p>A module of its own, not a class of the WAR: Payara Server's connection pool loads the data source class through
 * the application's class loader, which sees an EAR's {@code lib/} but not the WAR's classes, so the EAR puts this
 * jar in {@code lib/} beside the driver (the WAR carries it for Payara Micro).
 *
 * <p>Payara sets the URL through {@link #setUrl} (the annotation's {@code url}) and the login timeout through
 * {@link #setLoginTimeout}.
 */
public class LocalTransactionDataSource implements DataSource {

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public String getUrl() {
        return mariaDb.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(url);
    }

    public String getUser() {
        return mariaDb.getUser();
    }

    public void setUser(String user) throws SQLException {
        mariaDb.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        mariaDb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return mariaDb.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return mariaDb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || mariaDb.isWrapperFor(type);
    }
}
