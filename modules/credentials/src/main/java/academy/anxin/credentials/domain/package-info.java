/**
 * Credentials: domain. The rules for each tier and endorsement ({@code CredentialRule}, its {@code Requirement}s
 * and {@code RenewalRule}, read from {@code content/credentials/}); a person's {@code Evidence} and the
 * {@code EligibilityEngine} that measures it against a rule, per requirement, for issuance and for renewal; the
 * {@code Credential} aggregate with its number ({@code CredentialNumber}, Damm check digit) and append-only
 * {@code StatusEvent}s; and {@code PriorQualification}, the recognition that lets outside qualifications satisfy
 * named requirements. Plain Java, unit tested without a container (see DESIGN.md).
 */
package academy.anxin.credentials.domain;
