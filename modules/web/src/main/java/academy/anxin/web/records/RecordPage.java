package academy.anxin.web.records;

import academy.anxin.identity.application.OrganizationView;
import academy.anxin.records.application.ServiceCertificates;
import academy.anxin.records.application.ServiceRecords;
import academy.anxin.records.domain.Certificate;
import academy.anxin.records.domain.RecordPeriod;
import academy.anxin.records.domain.ServiceRecord;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * app/records.xhtml?org=N: the volunteer's own service record in an organization they belong to (the only one when
 * they belong to one), in the five parts, with its CSV and the certificates issued to them. Only one's own: the
 * page takes no person, and an organization one does not belong to is 403.
 */
@Named
@RequestScoped
public class RecordPage {

    @Inject
    ServiceRecords records;

    @Inject
    ServiceCertificates certificates;

    @Inject
    CurrentUser currentUser;

    private Long org;
    private List<OrganizationView> organizations;
    private ServiceRecord record;
    private List<Certificate> issued = List.of();

    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organizations = records.organizationsOf(currentUser.caller());
            if (org == null && organizations.size() == 1) {
                org = organizations.get(0).id();
            }
            if (org != null) {
                record = records.mine(currentUser.caller(), org, RecordPeriod.ALL);
                issued = certificates.mine(currentUser.caller(), org);
            }
        });
    }

    public List<OrganizationView> getOrganizations() {
        return organizations;
    }

    public ServiceRecord getRecord() {
        return record;
    }

    public List<Certificate> getIssued() {
        return issued;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }
}
