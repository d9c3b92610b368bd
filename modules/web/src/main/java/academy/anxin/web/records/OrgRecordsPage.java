package academy.anxin.web.records;

import academy.anxin.identity.application.MemberView;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

/**
 * app/org/records.xhtml?org=N, for the organization's admins: each member's service record, and the export of
 * the organization's service records for a range of months (CSV and XLSX, by app/org/service-records.*).
 */
@Named
@RequestScoped
public class OrgRecordsPage {

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    private Long org;
    private OrganizationView organization;
    private List<MemberView> members;

    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organization = currentUser.administeredOrganization(org);
            members = organizations.members(currentUser.caller(), org);
        });
    }

    /** The export's default range: this year up to this month. */
    public String getThisMonth() {
        return YearMonth.now(PlatformTime.ZONE).toString();
    }

    public String getFirstMonth() {
        return YearMonth.now(PlatformTime.ZONE).withMonth(1).toString();
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }
}
