package academy.anxin.identity.application;

/** A member of an organization by numbers only: the member id (membership's number) and the person id. */
public record MemberRef(long memberId, long personId) {
}
