package academy.anxin.credentials.domain;

import java.util.List;

/**
 * How far an organization's suspension of a credential reaches. An organization answers for the evidence it gave:
 * if it filed the approved recognition that counts towards this kind of credential, its suspension is the
 * credential's own, platform-wide and published in the status list ({@link #PLATFORM}). Any other organization the
 * holder belongs to suspends for its own checks only ({@link #ORGANIZATION}): one organization cannot refuse a
 * volunteer in another. Approved practice is not counted here, because a session's organization is not part of the
 * evidence credentials receive; a credential earned by practice and exams is suspended platform-wide by no
 * organization, and revoked by the platform admin.
 */
public enum SuspensionScope {
    PLATFORM, ORGANIZATION;

    /** The reach of a suspension by {@code organizationId} of a credential of {@code kind}, given the holder's claims. */
    public static SuspensionScope of(long organizationId, CredentialKind kind, List<RecognitionClaim> holdersClaims) {
        boolean holdsEvidence = holdersClaims.stream().anyMatch(claim -> claim.isApproved()
                && claim.organizationId() == organizationId
                && claim.satisfies().stream().anyMatch(requirement -> requirement.credential().equals(kind)));
        return holdsEvidence ? PLATFORM : ORGANIZATION;
    }
}
