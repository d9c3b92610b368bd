/**
 * The kernel's use cases: appending to and checking the audit trail. Every context appends through
 * {@link academy.anxin.kernel.application.AuditTrail} inside its own transaction, so an action and its audit entry
 * commit or roll back together. {@code AuditAnchor} writes signed checkpoints of the trail's head outside the
 * database (at start, every minute when the head moved, soon after each sign-off, issuance, suspension or
 * revocation) and lists them for the public API; {@code AuditAnchorSchedule} keeps the time, and the chain is
 * checked against the checkpoints every ten minutes, with the outcome held in {@code AuditIntegrity}.
 */
package academy.anxin.kernel.application;
