package academy.anxin.identity.application;

import academy.anxin.identity.domain.Role;
import java.time.Instant;
import java.util.Set;

/** One member of an organization as its admins see them; {@code version} guards role changes made at once. */
public record MemberView(long membershipId, long personId, String name, String email, Set<Role> roles,
                         Instant joinedAt, long version) implements java.io.Serializable {
}
