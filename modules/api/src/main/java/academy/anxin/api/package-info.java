/**
 * The HTTP API for downstream services (case-assignment systems, agency directories), under {@code /api}. Resources
 * validate their input, call a context's application service and answer JSON; errors come back as a small JSON
 * problem object, never as a stack trace.
 */
package academy.anxin.api;
