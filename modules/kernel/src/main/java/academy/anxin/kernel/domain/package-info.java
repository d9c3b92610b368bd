/**
 * Value types every context shares: localized text, the domain error with a message key, and the audit trail's
 * hash chain with its signed checkpoints ({@code AuditChain}, {@code AuditCheckpoint}; the ports
 * {@code CheckpointSigner}, which credentials implements, and {@code AuditCheckpoints}, the file that keeps them).
 * Plain Java, no container needed.
 */
package academy.anxin.kernel.domain;
