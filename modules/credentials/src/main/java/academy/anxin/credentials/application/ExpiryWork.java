package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.platform.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every hour (at minute {@code anxin.expiry.minute}, 7; {@code *} makes it every minute, as the cluster test does):
 * records the 60-day reminder of credentials nearing their end, and the expiry of those past it. The status already
 * follows from the dates; these events put it on record, once each, with who ("system") and why. On a cluster one
 * node does each round ({@link ScheduledWork}): two nodes at once would both find a credential due.
 *
 * <p>The timer ticks every minute and does the work only in the configured one: a programmatic calendar timer
 * would need Payara's persistent timer service, which lives in the data grid that a single node switches off.
 */
@Singleton
public class ExpiryWork {

    static final String ACTOR = "system:expiry";
    /** The lease's name in {@code krn_lease}. */
    public static final String WORK = "credentials.expiry";
    private static final Logger LOG = Logger.getLogger(ExpiryWork.class.getName());

    @Inject
    Credentials store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ScheduledWork scheduled;

    /** The minute of the hour, or -1 for every minute. */
    private int minute = 7;

    @PostConstruct
    void configure() {
        String setting = ConfigProvider.getConfig().getOptionalValue("anxin.expiry.minute", String.class)
                .orElse("7").strip();
        minute = setting.equals("*") ? -1 : Integer.parseInt(setting);
        if (minute < -1 || minute > 59) {
            throw new IllegalArgumentException("anxin.expiry.minute is 0 to 59 or *, not " + setting);
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        if (minute >= 0 && clock.instant().atZone(ZoneOffset.UTC).getMinute() != minute) {
            return;
        }
        // nine tenths of the period: a late timer on another node still finds the round taken
        if (scheduled.mine(WORK, minute < 0 ? Duration.ofSeconds(54) : Duration.ofMinutes(54))) {
            run();
        }
    }

    /** Runs in the container's transaction, as every EJB business method does by default. */
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
