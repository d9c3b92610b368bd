/**
 * The HTTP API for downstream services (case-assignment systems, agency directories), under {@code /api}, and the
 * well-known addresses offline verifiers read ({@link academy.anxin.api.wellknown}). Resources
 * validate their input, call a context's application service and answer JSON; errors come back as a small JSON
 * problem object, never as a stack trace.
 */
package academy.anxin.api;
