package academy.anxin.practice.infrastructure;

import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.practice.domain.SupervisionEntitlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Until credentials exist: whoever holds the SUPERVISOR role in the organization may sign off its practice. The
 * credentials context replaces this bean (an alternative with a higher priority) with "holds an active L4".
 */
@ApplicationScoped
public class SupervisorRoleEntitlement implements SupervisionEntitlement {

    @Inject
    OrganizationService organizations;

    @Override
    public boolean maySignOff(long personId, long organizationId) {
        return organizations.holds(personId, organizationId, Role.SUPERVISOR);
    }
}
