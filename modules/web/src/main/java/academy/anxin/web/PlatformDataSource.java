package academy.anxin.web;

import academy.anxin.kernel.platform.Database;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's one data source: MariaDB through the application's own Connector/J, so that Payara Micro needs no
 * server-level set-up, pooled for local transactions, never XA
 * ({@link academy.anxin.datasource.LocalTransactionDataSource}: Galera refuses XA, and one data source needs no
 * two-phase commit). The URL (with user and password as URL parameters) comes from MicroProfile Config:
 * {@code ANXIN_DB_URL} in the environment, or the default in {@code microprofile-config.properties}.
 *
 * <p>When the database goes away and comes back (the launcher restarts its embedded MariaDB), the pool heals by
 * itself: every connection is checked before it is handed out ({@code Connection.isValid}, a ping), and one found
 * dead empties the pool, so the next requests get new connections. A connection attempt gives up after
 * {@code loginTimeout} (2 s, Connector/J's {@code connectTimeout}) rather than the driver's 30, and a request waits
 * at most 10 s for a free connection: nothing hangs. Meanwhile requests are answered 503 by web's
 * {@code http.DatabaseOutages} without reaching the pool.
 */
@DataSourceDefinition(
        name = Database.DATA_SOURCE,
        className = "academy.anxin.datasource.LocalTransactionDataSource",
        url = "${MPCONFIG=anxin.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        loginTimeout = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class PlatformDataSource {
}
