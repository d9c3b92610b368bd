/**
 * Credentials' use cases, the only way in from pages, resources and other contexts: {@code TierRules} (the rules
 * read from content), {@code Evidences} (a person's evidence gathered from learning, practice and assessment
 * through their application services), {@code Issuance} (issues what the evidence now earns, on their events),
 * {@code CredentialRegistry} and {@code Standings} (suspend, reinstate, revoke; the read model verification
 * uses), {@code ExpiryWork}, {@code CredentialFigures} (counts for reports), {@code Recognitions} (prior qualifications), {@code Paths} (the path to the next
 * tier), {@code Proofs} (signed forms, key rotation, status lists, QR pictures through {@code QrCodeImages}),
 * {@code Verification} and {@code VerificationAudit} (the API's question and its record), and the two answers this
 * context gives to ports practice declares ({@code HeldL4Entitlement}, {@code RuleNextTierTarget}).
 */
package academy.anxin.credentials.application;
