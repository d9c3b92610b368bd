package academy.anxin.kernel.platform;

/**
 * Fired once at start-up after every context's schema is current. Start-up work that needs the tables (the first
 * platform admin, content import, demo data) observes it, ordered by {@link StartupPhase}.
 */
public record SchemaMigrated(int migrationsApplied) {
}
