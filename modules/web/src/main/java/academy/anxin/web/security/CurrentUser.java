package academy.anxin.web.security;

import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.AccountView;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.LoginResult;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;

/** Who is looking at this page: the logged-in person as a {@link Caller}, their account and memberships. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    @Inject
    OrganizationService organizations;

    private AccountView account;
    private List<MembershipView> memberships;
    private Principal principal;
    private boolean principalRead;
    private Boolean platformAdmin;

    public boolean isLoggedIn() {
        return principal() != null;
    }

    public boolean isPlatformAdmin() {
        if (platformAdmin == null) {
            platformAdmin = security.isCallerInRole(LoginResult.PLATFORM_ADMIN);
        }
        return platformAdmin;
    }

    /** The caller for application services; refuses when nobody is logged in. */
    public Caller caller() {
        return Callers.of(principal(), request.getRemoteAddr());
    }

    /**
     * The caller's principal, read once per request: Soteria works it out anew at each call (trying several
     * servers' subject classes through the class loader), and a page asks in many {@code rendered} conditions. A
     * request that logs in or out redirects, so the value read here never outlives a change.
     */
    private Principal principal() {
        if (!principalRead) {
            principal = security.getCallerPrincipal();
            principalRead = true;
        }
        return principal;
    }

    /** The logged-in person's id, or empty for the public: for pages that show more to those logged in. */
    public OptionalLong personId() {
        return isLoggedIn() ? OptionalLong.of(caller().personId()) : OptionalLong.empty();
    }

    public AccountView getAccount() {
        if (account == null && isLoggedIn()) {
            account = accounts.account(caller());
        }
        return account;
    }

    public List<MembershipView> getMemberships() {
        if (memberships == null) {
            memberships = isLoggedIn() ? organizations.membershipsOf(caller()) : List.of();
        }
        return memberships;
    }

    /**
     * The organization of a page's {@code ?org=N}, for one of its admins; refuses ({@link AccessDenied}) anyone
     * else, and a page called without the number. See {@link PageAccess} for the 403 that follows.
     */
    public OrganizationView administeredOrganization(Long org) {
        return organizations.organization(caller(), PageAccess.required(org));
    }

    public List<MembershipView> getAdministered() {
        return getMemberships().stream().filter(m -> m.holds(Role.ORG_ADMIN)).toList();
    }

    /** The organizations where the person matches cases: as a dispatcher or an admin. */
    public List<MembershipView> getDispatching() {
        return getMemberships().stream().filter(m -> m.holds(Role.DISPATCHER) || m.holds(Role.ORG_ADMIN)).toList();
    }
}
