package academy.anxin.identity.application;

import academy.anxin.identity.domain.Organization;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.RegionCode;

/**
 * An organization as pages and the public directory show it: {@code region} the place as typed at founding,
 * {@code regionCode} its administrative division (GB/T 2260) once its admins have set it, else null.
 */
public record OrganizationView(long id, String nameZh, String nameEn, OrganizationKind kind, String region,
                               String regionCode)
        implements java.io.Serializable {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.nameZh(), organization.nameEn(),
                organization.kind(), organization.region(),
                organization.regionCode().map(RegionCode::text).orElse(null));
    }
}
