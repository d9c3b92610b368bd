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
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings every context's schema up to date at start-up, in dependency order, then announces it. Flyway manages
 * its own transactions, so this runs outside any container transaction. A second start on the same data applies
 * nothing.
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

    private volatile boolean current;

    // on the callback itself: a class-level attribute does not reach a singleton's lifecycle callbacks
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        List<ContextSchema> ordered = schemas.stream().sorted(Comparator.comparingInt(ContextSchema::order)).toList();
        int applied = 0;
        for (ContextSchema schema : ordered) {
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

    /** True once every context's schema is current: the platform is not ready before. */
    public boolean isCurrent() {
        return current;
    }
}
