package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Regional coordinators' grants, active and withdrawn. */
public interface CoordinatorGrants {

    Optional<CoordinatorGrant> byId(long id);

    /** A person's grants still active. */
    List<CoordinatorGrant> activeOf(long personId);

    /** Every grant, newest first. */
    List<CoordinatorGrant> all();

    CoordinatorGrant add(CoordinatorGrant grant);
}
