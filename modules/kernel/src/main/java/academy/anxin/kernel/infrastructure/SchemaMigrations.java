package academy.anxin.kernel.infrastructure;

import academy.anxin.kernel.platform.ContextSchema;
import academy.anxin.kernel.platform.Database;
import academy.anxin.kernel.platform.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings every context's schema up to date at start-up, in dependency order, then announces it. Flyway manages
 * its own transactions, so this runs outside any container transaction. A second start on the same data applies
 * nothing.
 *
 * <p>Two platform nodes must not migrate at the same moment on a Galera cluster. On one MariaDB, Flyway 11 holds
 * MariaDB's {@code GET_LOCK} while it migrates; with {@code wsrep_on} it does not (Galera does not replicate that
 * lock) and locks its history table's rows with {@code SELECT ... FOR UPDATE} instead, a lock of one database node
 * that the first DDL's implicit commit releases. So the guard is the order of starting: the launcher's
 * {@code --cluster} starts the other nodes only once node 1 is ready (migrated), and an upgrade does the same, one
 * node first (setup/README.md, "A Galera cluster").
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Instance<ContextSchema> schemas;

    @Inject
    Event<SchemaMigrated> migrated;

    /** MariaDB's error for a table that does not exist: a context not migrated yet has no history to revise. */
    private static final int NO_SUCH_TABLE = 1146;

    /**
     * A migration whose text was revised after databases had applied it: the checksum they recorded and the one of
     * today's text. Only these exact pairs are accepted; any other change still fails Flyway's validation.
     */
    record Revised(String historyTable, String version, int before, int after) {
    }

    static final List<Revised> REVISED = List.of(
            // credentials V1's sequence became NOCACHE, which a Galera cluster needs; V4 alters the older databases'
            new Revised("crd_schema_history", "1", 737312021, 1561913933));

    private volatile boolean current;

    // on the callback itself: a class-level attribute does not reach a singleton's lifecycle callbacks
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        List<ContextSchema> ordered = schemas.stream().sorted(Comparator.comparingInt(ContextSchema::order)).toList();
        int applied = 0;
        for (ContextSchema schema : ordered) {
            acceptRevisions(schema);
            int count = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(schema.location())
                    .table(schema.historyTable())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info(() -> "schema " + schema.name() + ": " + count + " migration(s) applied");
            applied += count;
        }
        current = true;
        migrated.fire(new SchemaMigrated(applied));
    }

    /** Records today's checksum of each revised migration that this database applied in its first text. */
    private void acceptRevisions(ContextSchema schema) {
        for (Revised revised : REVISED) {
            if (!revised.historyTable().equals(schema.historyTable())) {
                continue;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement("UPDATE " + revised.historyTable()
                         + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
                update.setInt(1, revised.after());
                update.setString(2, revised.version());
                update.setInt(3, revised.before());
                if (update.executeUpdate() > 0) {
                    LOG.info(() -> "schema " + schema.name() + ": V" + revised.version()
                            + " applied in its first text; its revised text's checksum recorded");
                }
            } catch (SQLException e) {
                if (e.getErrorCode() != NO_SUCH_TABLE) {
                    throw new IllegalStateException("schema " + schema.name() + ": revision not recorded", e);
                }
            }
        }
    }

    /** True once every context's schema is current: the platform is not ready before. */
    public boolean isCurrent() {
        return current;
    }
}
