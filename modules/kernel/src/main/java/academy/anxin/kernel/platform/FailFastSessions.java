package academy.anxin.kernel.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Every persistence unit's EclipseLink session ({@code eclipselink.session.customizer} in each persistence.xml):
 * when a query finds the database gone, EclipseLink by default reconnects and runs it again up to three times,
 * five seconds apart, so the request that meets an outage first hung for ten to fifteen seconds. Here it fails at
 * once and {@link DatabaseOutage} takes over: requests are answered 503 until the database is back, and the pool,
 * which checks every connection it hands out, reconnects then.
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
