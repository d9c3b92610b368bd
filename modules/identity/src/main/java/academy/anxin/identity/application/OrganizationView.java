package academy.anxin.identity.application;

import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;

/** An organization as pages and the public directory show it. */
public record OrganizationView(long id, String nameZh, String nameEn, OrganizationKind kind, String region)
        implements java.io.Serializable {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.nameZh(), organization.nameEn(),
                organization.kind(), organization.region());
    }
}
