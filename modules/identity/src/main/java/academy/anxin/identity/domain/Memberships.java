package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Who belongs to which organization, with which roles. */
public interface Memberships {

    Optional<Membership> byId(long id);

    Optional<Membership> of(long personId, long organizationId);

    List<Membership> ofPerson(long personId);

    List<Membership> inOrganization(long organizationId);

    long countHolding(long organizationId, Role role);

    /** Every membership holding the role, as (person id, organization id) pairs. */
    List<long[]> holdingAnywhere(Role role);

    Membership add(Membership membership);
}
