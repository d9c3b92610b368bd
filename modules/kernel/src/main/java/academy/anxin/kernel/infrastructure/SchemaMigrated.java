package academy.anxin.kernel.infrastructure;

/**
 * Fired once at start-up after every context's schema is current. Start-up work that needs the tables (the first
 * platform admin, content import, demo data) observes it, ordered with {@code @Priority}.
 */
public record SchemaMigrated(int migrationsApplied) {
}
