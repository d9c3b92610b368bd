package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * Who may sign off practice in an organization, now that credentials exist: a member given the supervisor role
 * there who holds an active L4 (supervisor) credential, not suspended by that organization for itself. Replaces
 * practice's role-only rule.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class HeldL4Entitlement implements SupervisionEntitlement {

    @Inject
    OrganizationService organizations;

    @Inject
    CredentialRegistry registry;

    @Override
    public boolean maySignOff(long personId, long organizationId) {
        return organizations.holds(personId, organizationId, Role.SUPERVISOR)
                // as this organization sees them: its own suspension of the L4 stops sign-off here, not elsewhere
                && registry.standingFor(organizationId, personId).stream()
                .anyMatch(c -> c.isTier(Tier.L4) && c.status() == CredentialStatus.ACTIVE);
    }
}
