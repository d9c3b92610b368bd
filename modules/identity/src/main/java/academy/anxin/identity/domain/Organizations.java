package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Every organization. */
public interface Organizations {

    Optional<Organization> byId(long id);

    List<Organization> byIds(java.util.Collection<Long> ids);

    List<Organization> all();

    /** Organizations placed in the division or any division within it (by code prefix), by Chinese name. */
    List<Organization> within(academy.anxin.kernel.domain.RegionCode region);

    Organization add(Organization organization);
}
