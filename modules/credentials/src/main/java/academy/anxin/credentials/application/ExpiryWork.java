package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every hour: records the 60-day reminder of credentials nearing their end, and the expiry of those past it. The
 * status already follows from the dates; these events put it on record, once each, with who ("system") and why.
 */
@Singleton
public class ExpiryWork {

    static final String ACTOR = "system:expiry";
    private static final Logger LOG = Logger.getLogger(ExpiryWork.class.getName());

    @Inject
    Credentials store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Runs in the container's transaction, as every EJB business method does by default. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    public void run() {
        Instant now = clock.instant();
        int reminded = 0;
        int expired = 0;
        for (Credentials.Stored stored : store.all()) {
            Credential credential = stored.credential();
            String subject = "credential:" + credential.number().text();
            if (credential.expiryDue(now)) {
                store.append(stored, credential.expire(ACTOR, now));
                audit.record(new AuditRecord(ACTOR, "CREDENTIAL_EXPIRED", subject, "validity ended", null));
                expired++;
            } else if (credential.reminderDue(now)) {
                store.append(stored, credential.remindOfExpiry(ACTOR, now));
                audit.record(new AuditRecord(ACTOR, "CREDENTIAL_EXPIRY_REMINDED", subject,
                        "ends " + credential.period().until(), null));
                reminded++;
            }
        }
        if (reminded + expired > 0) {
            int r = reminded;
            int e = expired;
            LOG.info(() -> "credentials: " + r + " reminded of their end, " + e + " expired");
        }
    }
}
