package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import java.time.Instant;

/** A credential as an organization's checks see it, and no more: what case matching weighs of each member's. */
public record CredentialStanding(String number, CredentialKind kind, CredentialStatus status, Instant validUntil) {
}
