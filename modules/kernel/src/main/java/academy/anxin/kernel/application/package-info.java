/**
 * The kernel's use cases: appending to and checking the audit trail. Every context appends through
 * {@link academy.anxin.kernel.application.AuditTrail} inside its own transaction, so an action and its audit entry
 * commit or roll back together.
 */
package academy.anxin.kernel.application;
