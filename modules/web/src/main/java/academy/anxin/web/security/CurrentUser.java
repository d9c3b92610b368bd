package academy.anxin.web.security;

import academy.anxin.identity.application.AccountService;
import academy.anxin.identity.application.AccountView;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.LoginResult;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;

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

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isPlatformAdmin() {
        return security.isCallerInRole(LoginResult.PLATFORM_ADMIN);
    }

    /** The caller for application services; refuses when nobody is logged in. */
    public Caller caller() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDenied();
        }
        return new Caller(Long.parseLong(principal.getName()), request.getRemoteAddr());
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

    public List<MembershipView> getAdministered() {
        return getMemberships().stream().filter(m -> m.holds(Role.ORG_ADMIN)).toList();
    }
}
