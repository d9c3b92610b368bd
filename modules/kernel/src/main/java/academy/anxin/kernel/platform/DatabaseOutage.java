package academy.anxin.kernel.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the database can be reached, as the platform last found it. A failure that says the database cannot be
 * reached (refused or dropped connections, the pool unable to connect) begins an outage: said once in the log with
 * {@link #MARK}, then requests are answered at once with 503 and {@code Retry-After} (web's
 * {@code DatabaseOutages}, the API's error mapper) instead of each waiting on the database and logging its own stack
 * trace, and background work skips its round. Meanwhile a probe connects straight to the database once a second,
 * outside the pool (whose every failed attempt would be logged); its first success ends the outage, said once too,
 * and the pool replaces its dead connections as it hands them out (validation, {@code PlatformDataSource}).
 */
@ApplicationScoped
public class DatabaseOutage {

    /** Begins each line this class logs, for people and for {@code setup/bench/faults} to find. */
    public static final String MARK = "[anxin-database]";
    /** What clients are told to wait before trying again; the launcher restarts its database in about that. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final int PROBE_TIMEOUT_MS = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicReference<Instant> since = new AtomicReference<>();
    private ScheduledFuture<?> probing;

    /** Whether an outage is going on. */
    public boolean ongoing() {
        return since.get() != null;
    }

    /** How long the database has been unreachable, or empty when it is not. */
    public Optional<Duration> length() {
        Instant began = since.get();
        return began == null ? Optional.empty() : Optional.of(Duration.between(began, Instant.now()));
    }

    /**
     * Whether {@code failure} is the database being unreachable; if so an outage begins (unless one is going on).
     * The caller then answers 503 and logs nothing more.
     */
    public boolean noteFailure(Throwable failure) {
        if (!unreachable(failure)) {
            return false;
        }
        begin(failure);
        return true;
    }

    private void begin(Throwable failure) {
        if (!since.compareAndSet(null, Instant.now())) {
            return;
        }
        LOG.severe(MARK + " the database is unreachable (" + reason(failure) + "): pages and the API answer 503"
                + " with Retry-After until it answers again; trying it every second");
        synchronized (this) {
            probing = scheduler.scheduleWithFixedDelay(this::probe, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void probe() {
        if (!answers()) {
            return;
        }
        Instant began = since.getAndSet(null);
        synchronized (this) {
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
        }
        if (began != null) {
            LOG.info(String.format("%s the database answers again after %.1f s; serving", MARK,
                    Duration.between(began, Instant.now()).toMillis() / 1000.0));
        }
    }

    /** A connection of its own, straight through the driver, with a short timeout. */
    private boolean answers() {
        String url = ConfigProvider.getConfig().getValue("anxin.db.url", String.class);
        Properties timeouts = new Properties();
        timeouts.setProperty("connectTimeout", Integer.toString(PROBE_TIMEOUT_MS));
        timeouts.setProperty("socketTimeout", Integer.toString(PROBE_TIMEOUT_MS));
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, DatabaseOutage.class.getClassLoader())) {
                if (driver.acceptsURL(url)) {
                    try (Connection connection = driver.connect(url, timeouts)) {
                        return connection.isValid(1);
                    }
                }
            }
            LOG.log(Level.WARNING, MARK + " no JDBC driver takes the database URL; the outage cannot end");
            return false;
        } catch (SQLException stillDown) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        synchronized (this) {
            if (probing != null) {
                probing.cancel(false);
            }
        }
    }

    /**
     * Whether a failure, anywhere in its causes, is the database not answering: a connection refused, dropped or
     * timed out (SQL state class 08, the driver's and the JDK's connection exceptions), the pool unable to make a
     * connection, or the transaction manager losing the resource (XA {@code RMFAIL}). A constraint violation, a
     * syntax error, a full pool or a client that hung up is not.
     */
    public static boolean unreachable(Throwable failure) {
        int depth = 0;
        boolean underSql = false;
        for (Throwable cause = failure; cause != null && depth < 30; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a socket's failure is the database's only below a database failure (a browser that went away is not)
            if (underSql && (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException || cause instanceof SocketException)) {
                return true;
            }
            underSql |= cause instanceof SQLException;
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true;
            }
            String message = cause.getMessage();
            // the pool's own words when it cannot create a connection (its cause is not always chained)
            if (message != null && message.contains("Connection could not be allocated")) {
                return true;
            }
            Throwable next = cause.getCause();
            if (next == null && cause instanceof SQLException sql) {
                next = sql.getNextException();
            }
            cause = next == cause ? null : next;
        }
        return false;
    }

    private static String reason(Throwable failure) {
        Throwable deepest = failure;
        for (int depth = 0; deepest.getCause() != null && deepest.getCause() != deepest && depth < 30; depth++) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return deepest.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
