package academy.anxin.web.pages;

import academy.anxin.identity.domain.Role;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles an organization's admin ticks for a member, for a new member and for each row of the members table
 * alike: every member is a volunteer; supervisor, organization admin and dispatcher are added as ticked.
 */
public class RoleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean supervisor;
    private boolean orgAdmin;
    private boolean dispatcher;

    /** Ticked as the member's roles are now. */
    static RoleChoice of(Set<Role> held) {
        RoleChoice choice = new RoleChoice();
        choice.supervisor = held.contains(Role.SUPERVISOR);
        choice.orgAdmin = held.contains(Role.ORG_ADMIN);
        choice.dispatcher = held.contains(Role.DISPATCHER);
        return choice;
    }

    /** The roles as ticked: always {@link Role#VOLUNTEER}, with the others ticked. */
    Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.VOLUNTEER);
        if (supervisor) {
            roles.add(Role.SUPERVISOR);
        }
        if (orgAdmin) {
            roles.add(Role.ORG_ADMIN);
        }
        if (dispatcher) {
            roles.add(Role.DISPATCHER);
        }
        return roles;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public void setSupervisor(boolean supervisor) {
        this.supervisor = supervisor;
    }

    public boolean isOrgAdmin() {
        return orgAdmin;
    }

    public void setOrgAdmin(boolean orgAdmin) {
        this.orgAdmin = orgAdmin;
    }

    public boolean isDispatcher() {
        return dispatcher;
    }

    public void setDispatcher(boolean dispatcher) {
        this.dispatcher = dispatcher;
    }
}
