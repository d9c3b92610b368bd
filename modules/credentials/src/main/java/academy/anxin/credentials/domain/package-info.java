/**
 * Credentials: domain. The rules for each tier and endorsement ({@code CredentialRule}, its {@code Requirement}s
 * and {@code RenewalRule}, read from {@code content/credentials/}); a person's {@code Evidence} and the
 * {@code EligibilityEngine} that measures it against a rule, per requirement, for issuance and for renewal; the
 * {@code Credential} aggregate with its number ({@code CredentialNumber}, Damm check digit) and append-only
 * {@code StatusEvent}s, and an organization's suspension for its own checks ({@code OrganizationSuspension}, with
 * {@code SuspensionScope} saying whether an organization's suspension is platform-wide or its own);
 * {@code PriorQualification}, the recognition that lets outside qualifications satisfy
 * named requirements; and what a signed credential and a status list say ({@code BadgeClaims},
 * {@code StatusListClaims}); the case rules ({@code CaseRules}, from {@code content/credentials/case-rules.yaml}:
 * a risk level's tier or referral, a population's endorsement) by which {@code CaseCheck} decides whether a volunteer
 * may take a {@code CaseRequirement}, for the verification API and for case matching alike. The interfaces through which the application stores, signs and reads all this
 * ({@code Credentials}, {@code RecognitionClaims}, {@code OrganizationSuspensions}, {@code VerificationCalls}, {@code SigningKeys},
 * {@code CredentialRulesSource}, {@code CaseRulesSource}) are declared here and implemented in infrastructure. Plain Java, unit tested
 * without a container (see DESIGN.md).
 */
package academy.anxin.credentials.domain;
