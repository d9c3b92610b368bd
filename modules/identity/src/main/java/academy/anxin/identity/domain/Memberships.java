package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Who belongs to which organization, with which roles. */
public interface Memberships {

    Optional<Membership> byId(long id);

    Optional<Membership> of(long personId, long organizationId);

    List<Membership> ofPerson(long personId);

    List<Membership> inOrganization(long organizationId);

    /**
     * The organization's memberships as pairs {membership id, person id}, without loading them whole: for reads
     * over thousands of members (case matching). The JPA store answers with a projection.
     */
    default List<long[]> idsIn(long organizationId) {
        return inOrganization(organizationId).stream().map(m -> new long[] {m.id(), m.personId()}).toList();
    }

    long countHolding(long organizationId, Role role);

    /** Every membership holding the role, as (person id, organization id) pairs. */
    List<long[]> holdingAnywhere(Role role);

    Membership add(Membership membership);
}
