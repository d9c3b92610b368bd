package academy.anxin.identity.domain;

/**
 * A person's membership of an organization was made or its roles changed. For other contexts that keep counts per
 * organization (records' region summaries); fired within the transaction, observed after it commits.
 */
public record MembershipChanged(long personId, long organizationId) {
}
