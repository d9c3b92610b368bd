package academy.anxin.web;

import academy.anxin.kernel.platform.Database;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's one data source: MariaDB through the application's own Connector/J, so that Payara Micro needs no
 * server-level set-up. The URL (with user and password as URL parameters) comes from MicroProfile Config:
 * {@code ANXIN_DB_URL} in the environment, or the default in {@code microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = Database.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=anxin.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class PlatformDataSource {
}
