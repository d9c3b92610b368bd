package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.application.AuditIntegrity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The audit trail's integrity where operators look: the check {@code audit-trail} in {@code /health} (and
 * {@code /health/ready}), and the gauges {@code anxin_audit_intact} (1, or 0 once a check found the trail not
 * matching its signed checkpoints) and {@code anxin_audit_verified_seconds} (when it was last checked, seconds
 * since 1970; 0 before the first check, which runs within a minute of the start) in {@code /metrics}.
 *
 * <p>The health check stays UP and says what it found in its data. This is deliberate: readiness DOWN takes the
 * node out of the load balancer and liveness DOWN makes an orchestrator restart it, and neither mends a rewritten
 * table; a platform that can serve keeps serving. Tampering is an alarm for people: the gauge is what alerting
 * watches, and platform admins see a banner on every page.
 */
@Readiness
@ApplicationScoped
public class AuditIntegrityProbe implements HealthCheck {

    @Inject
    AuditIntegrity integrity;

    @Inject
    MetricRegistry metrics;

    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("anxin_audit_intact", integrity, i -> i.broken() ? 0 : 1);
        metrics.gauge("anxin_audit_verified_seconds", integrity,
                i -> i.status().verifiedAt() == null ? 0L : i.status().verifiedAt().getEpochSecond());
    }

    @Override
    public HealthCheckResponse call() {
        AuditIntegrity.Status status = integrity.status();
        var response = HealthCheckResponse.named("audit-trail").up()
                .withData("intact", !status.broken())
                .withData("verifiedAt", status.verifiedAt() == null ? "not yet" : status.verifiedAt().toString());
        if (status.broken()) {
            response.withData("brokenAt", status.check().brokenAt()).withData("reason", status.check().reason());
        }
        return response.build();
    }
}
