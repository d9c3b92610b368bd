package academy.anxin.identity.application;

import academy.anxin.identity.domain.Role;
import java.util.Set;

/** One of the caller's own memberships: the organization and the caller's roles there. */
public record MembershipView(OrganizationView organization, Set<Role> roles) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
