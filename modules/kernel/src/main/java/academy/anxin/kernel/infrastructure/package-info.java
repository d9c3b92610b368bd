/**
 * How the kernel meets the runtime: applying every context's schema migrations, the readiness check, the clock,
 * the audit checkpoints' file in the data folder ({@code CheckpointFile}), and the audit trail's integrity in
 * {@code /health} and {@code /metrics} ({@code AuditIntegrityProbe}). The kernel's own: other modules build on {@code kernel.platform} and {@code kernel.content} instead.
 */
package academy.anxin.kernel.infrastructure;
