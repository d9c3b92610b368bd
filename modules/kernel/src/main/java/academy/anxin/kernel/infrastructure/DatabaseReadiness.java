package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is UP only when the database answers and the schema is current. During an outage it is
 * DOWN without asking the pool (whose failed attempts would each be logged), until {@link DatabaseOutage}'s
 * probe finds the database again.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Inject
    DatabaseOutage outage;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (outage.ongoing()) {
            return response.down().withData("answers", false)
                    .withData("unreachableSeconds", outage.length().map(d -> d.toSeconds()).orElse(0L)).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean answers = connection.isValid(TIMEOUT_SECONDS);
            return response.status(answers && migrations.isCurrent())
                    .withData("answers", answers)
                    .withData("schemaCurrent", migrations.isCurrent())
                    .build();
        } catch (SQLException e) {
            outage.noteFailure(e);
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
