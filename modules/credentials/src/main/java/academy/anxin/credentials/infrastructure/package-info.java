/**
 * Credentials' adapters: the stores of the domain's repositories in plain SQL over the {@code crd_} tables
 * ({@code CredentialStore}, {@code RecognitionStore}, {@code VerificationLog}), the signing keys' store and the
 * {@code StoredSigningKeys} that signs with them through {@code signing}, the kernel's audit checkpoints signed with
 * the same keys ({@code KeyRingCheckpointSigner}), the QR code pictures, the rules read from
 * the content files, the public addresses from configuration, and the context's schema registration.
 */
package academy.anxin.credentials.infrastructure;
