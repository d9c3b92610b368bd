package academy.anxin.web.pages;

import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * app/org/members.xhtml?org=N: an organization's admins see its members, add registered people and set roles.
 * Anyone else gets 403, whatever the organization number they type.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private OrganizationView organization;
    private List<MemberRow> members = new ArrayList<>();
    private String newEmail;
    private boolean newSupervisor;
    private boolean newOrgAdmin;

    /** f:viewAction: loads the organization or answers 403. */
    public void load() throws IOException {
        try {
            if (org == null) {
                throw new AccessDenied();
            }
            organization = organizations.organization(currentUser.caller(), org);
            members = organizations.members(currentUser.caller(), org).stream().map(MemberRow::new).toList();
        } catch (AccessDenied denied) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, texts.text("access.denied"));
            faces.responseComplete();
        }
    }

    public void add() throws IOException {
        Set<Role> roles = EnumSet.of(Role.VOLUNTEER);
        if (newSupervisor) {
            roles.add(Role.SUPERVISOR);
        }
        if (newOrgAdmin) {
            roles.add(Role.ORG_ADMIN);
        }
        try {
            organizations.addMember(currentUser.caller(), org, newEmail, roles);
            texts.info(texts.text("members.added", newEmail.strip()));
            newEmail = null;
            newSupervisor = false;
            newOrgAdmin = false;
            load();
        } catch (DomainException refused) {
            texts.show(refused, Map.of("email", "add:email"));
        }
    }

    public void save(MemberRow row) throws IOException {
        try {
            organizations.changeRoles(currentUser.caller(), row.getMembershipId(), row.roles(), row.getVersion());
            texts.info(texts.text("members.saved", row.getName()));
        } catch (OptimisticLockException concurrent) {
            texts.error(null, texts.text("members.changedMeanwhile", row.getName()));
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
        load();
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public boolean isNewSupervisor() {
        return newSupervisor;
    }

    public void setNewSupervisor(boolean newSupervisor) {
        this.newSupervisor = newSupervisor;
    }

    public boolean isNewOrgAdmin() {
        return newOrgAdmin;
    }

    public void setNewOrgAdmin(boolean newOrgAdmin) {
        this.newOrgAdmin = newOrgAdmin;
    }

    /** One editable row of the members table. */
    public static class MemberRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long membershipId;
        private final String name;
        private final String email;
        private final long version;
        private boolean supervisor;
        private boolean orgAdmin;

        MemberRow(MemberView member) {
            membershipId = member.membershipId();
            name = member.name();
            email = member.email();
            version = member.version();
            supervisor = member.roles().contains(Role.SUPERVISOR);
            orgAdmin = member.roles().contains(Role.ORG_ADMIN);
        }

        Set<Role> roles() {
            Set<Role> roles = EnumSet.of(Role.VOLUNTEER);
            if (supervisor) {
                roles.add(Role.SUPERVISOR);
            }
            if (orgAdmin) {
                roles.add(Role.ORG_ADMIN);
            }
            return roles;
        }

        public long getMembershipId() {
            return membershipId;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public long getVersion() {
            return version;
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
    }
}
