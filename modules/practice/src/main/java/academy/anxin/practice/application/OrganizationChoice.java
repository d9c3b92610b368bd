package academy.anxin.practice.application;

import academy.anxin.identity.application.PersonRef;
import java.util.List;

/** An organization a volunteer may log practice for, with the supervisors they may ask to sign. */
public record OrganizationChoice(long organizationId, String nameZh, String nameEn, List<PersonRef> supervisors)
        implements java.io.Serializable {

    public OrganizationChoice {
        supervisors = List.copyOf(supervisors);
    }
}
