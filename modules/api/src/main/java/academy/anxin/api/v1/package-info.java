/**
 * Version 1 of the machine API under {@code /api/v1}: the catalog and search for other apps, credentials in their
 * signed form and their QR pictures, status lists, the organization directory, the audit trail's signed
 * checkpoints ({@code AuditCheckpointResource}), and the verification call that
 * case-assignment services make ({@code VerificationServlet}, with its body read by {@code VerificationRequest}).
 * Every resource reads and checks its input, calls one application service, and answers JSON or an
 * {@code ApiProblem}; all are described at {@code /openapi}.
 */
package academy.anxin.api.v1;
