package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Every organization. */
public interface Organizations {

    Optional<Organization> byId(long id);

    List<Organization> byIds(java.util.Collection<Long> ids);

    List<Organization> all();

    Organization add(Organization organization);
}
