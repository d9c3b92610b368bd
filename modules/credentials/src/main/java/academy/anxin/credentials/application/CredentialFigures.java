package academy.anxin.credentials.application;

import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.VerificationTallies;
import academy.anxin.identity.application.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Credential counts for reports: given people's credentials as one organization sees them (its own suspensions
 * count as suspended), with their history, and the verification API's calls per key and day. No access check
 * here: the caller (records) chooses whose figures to count.
 */
@ApplicationScoped
public class CredentialFigures {

    @Inject
    CredentialRegistry registry;

    @Inject
    VerificationTallies verifications;

    @Inject
    OrganizationService organizations;

    /** These people's credentials with their holders' names and histories, as the organization sees them. */
    public List<CredentialView> heldBy(long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Credentials.Stored> stored = registry.storedOf(List.copyOf(personIds));
        Map<Long, String> names = organizations.names(stored.stream().map(s -> s.credential().holderId())
                .distinct().toList());
        List<CredentialView> views = stored.stream().map(s -> registry.view(s, names, true)).toList();
        if (views.isEmpty()) {
            return views;
        }
        List<String> suspended = registry.suspendedBy(organizationId, views.stream().map(CredentialView::number)
                .toList());
        return views.stream().map(v -> suspended.contains(v.number()) ? v.suspendedForOrganization() : v).toList();
    }

    public List<VerificationTallies.Day> callsPerDay(Collection<Long> apiKeyIds, Instant from, Instant until) {
        return verifications.perDay(apiKeyIds, from, until);
    }
}
