package academy.anxin.web.pages;

import academy.anxin.identity.application.InvitationView;
import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * app/org/members.xhtml?org=N: an organization's admins see its members and set their roles, invite people by email
 * and withdraw invitations still pending; an invited person appears as a member only once they accept. Anyone else
 * gets 403, whatever the organization number they type.
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
    private List<InvitationView> invitations = new ArrayList<>();
    private String newEmail;
    private RoleChoice newRoles = new RoleChoice();

    /** f:viewAction: loads the organization or answers 403. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organization = currentUser.administeredOrganization(org);
            members = organizations.members(currentUser.caller(), org).stream().map(MemberRow::new).toList();
            invitations = organizations.invitations(currentUser.caller(), org);
        });
    }

    public void add() throws IOException {
        try {
            organizations.invite(currentUser.caller(), org, newEmail, newRoles.roles());
            // the same words whether anyone holds the address or not: the page must not tell who is registered
            texts.info(texts.text("members.invited", newEmail.strip()));
            newEmail = null;
            newRoles = new RoleChoice();
            load();
        } catch (DomainException refused) {
            texts.show(refused, Map.of("email", "add:email"));
        }
    }

    public void withdraw(long invitationId) throws IOException {
        try {
            organizations.withdraw(currentUser.caller(), invitationId);
            texts.info(texts.text("members.withdrawn"));
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
        load();
    }

    public void save(MemberRow row) throws IOException {
        try {
            organizations.changeRoles(currentUser.caller(), row.getMembershipId(), row.getRoles().roles(),
                    row.getVersion());
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

    public List<InvitationView> getInvitations() {
        return invitations;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public RoleChoice getNewRoles() {
        return newRoles;
    }

    /** One editable row of the members table. */
    public static class MemberRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long membershipId;
        private final String name;
        private final String email;
        private final long version;
        private final RoleChoice roles;

        MemberRow(MemberView member) {
            membershipId = member.membershipId();
            name = member.name();
            email = member.email();
            version = member.version();
            roles = RoleChoice.of(member.roles());
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

        public RoleChoice getRoles() {
            return roles;
        }
    }
}
