package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.platform.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: DOWN once the platform has been unable to serve for longer than waiting mends, that is when
 * its database has been unreachable for more than {@code anxin.health.live.outage-seconds} (60). A shorter outage
 * only takes the node out of service ({@code /health/ready} DOWN): the launcher restarts its embedded database in
 * seconds and the platform reconnects by itself, so restarting the platform then would only lengthen the outage.
 * Past the limit something a person or an orchestrator must do is wrong; restarting the platform (with its launcher,
 * which starts the embedded database anew) is the first thing to try. setup/README.md says why.
 */
@Liveness
@ApplicationScoped
public class PlatformLiveness implements HealthCheck {

    @Inject
    DatabaseOutage outage;

    @Inject
    @ConfigProperty(name = "anxin.health.live.outage-seconds", defaultValue = "60")
    long outageLimitSeconds;

    @Override
    public HealthCheckResponse call() {
        Duration unreachable = outage.length().orElse(Duration.ZERO);
        return HealthCheckResponse.named("platform")
                .status(unreachable.toSeconds() <= outageLimitSeconds)
                .withData("databaseReachable", !outage.ongoing())
                .withData("unreachableSeconds", unreachable.toSeconds())
                .withData("limitSeconds", outageLimitSeconds)
                .build();
    }
}
