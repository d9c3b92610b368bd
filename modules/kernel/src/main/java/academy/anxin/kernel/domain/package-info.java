/**
 * Value types every context shares: localized text, the domain error with a message key, and the audit trail's
 * hash chain. Plain Java, no container needed.
 */
package academy.anxin.kernel.domain;
