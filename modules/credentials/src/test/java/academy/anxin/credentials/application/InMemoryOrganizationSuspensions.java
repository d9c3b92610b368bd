package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.OrganizationSuspension;
import academy.anxin.credentials.domain.OrganizationSuspensions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Organizations' own suspensions held in memory; a lifted one is kept, as the table keeps it. */
final class InMemoryOrganizationSuspensions implements OrganizationSuspensions {

    private final List<OrganizationSuspension> rows = new ArrayList<>();
    private final Set<Long> lifted = new HashSet<>();

    @Override
    public long add(OrganizationSuspension suspension) {
        long id = rows.size() + 1;
        rows.add(new OrganizationSuspension(id, suspension.number(), suspension.holderId(),
                suspension.organizationId(), suspension.reason(), suspension.suspendedBy(), suspension.suspendedAt()));
        return id;
    }

    @Override
    public Optional<OrganizationSuspension> standing(long organizationId, String number) {
        return standing(organizationId, List.of(number)).stream().findFirst();
    }

    @Override
    public List<OrganizationSuspension> standing(long organizationId, Collection<String> numbers) {
        return rows.stream().filter(s -> !lifted.contains(s.id()) && s.organizationId() == organizationId
                && numbers.contains(s.number())).toList();
    }

    @Override
    public List<OrganizationSuspension> allStanding() {
        List<OrganizationSuspension> newestFirst = new ArrayList<>(rows.stream()
                .filter(s -> !lifted.contains(s.id())).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public boolean lift(OrganizationSuspension suspension, String actor, String reason, Instant at) {
        return lifted.add(suspension.id());
    }
}
