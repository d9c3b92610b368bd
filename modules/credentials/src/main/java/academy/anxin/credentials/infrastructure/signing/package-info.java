/**
 * Signed proofs that travel: the platform's RSA signing keys and their rotation ({@link
 * academy.anxin.credentials.infrastructure.signing.SigningKeyRing}), the Open Badges 3.0 and Bitstring Status List
 * documents ({@link academy.anxin.credentials.infrastructure.signing.CredentialDocuments}), their VC-JWT signing
 * and verification ({@link academy.anxin.credentials.infrastructure.signing.OpenBadgeIssuer}, {@link
 * academy.anxin.credentials.infrastructure.signing.BadgeVerifier}), the audit trail's signed checkpoints ({@link
 * academy.anxin.credentials.infrastructure.signing.CheckpointJws}) and the QR code of a credential's public page
 * ({@link academy.anxin.credentials.infrastructure.signing.QrCodes}). Plain Java built on Nimbus JOSE+JWT and ZXing
 * core: CDI producers and the key repository wrap these classes; nothing here touches the database.
 */
package academy.anxin.credentials.infrastructure.signing;
