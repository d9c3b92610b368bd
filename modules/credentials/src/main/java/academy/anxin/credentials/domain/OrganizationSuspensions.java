package academy.anxin.credentials.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Organizations' own suspensions of credentials, standing and lifted. Recording or lifting one fires
 * {@link StandingChanged} for the holder, as {@link Credentials} does, so that what verification keeps in memory is
 * dropped.
 */
public interface OrganizationSuspensions {

    long add(OrganizationSuspension suspension);

    /** The organization's standing suspension of the credential, if there is one. */
    Optional<OrganizationSuspension> standing(long organizationId, String number);

    /** Which of these credential numbers the organization has suspended for itself. */
    List<OrganizationSuspension> standing(long organizationId, Collection<String> numbers);

    /** Every standing suspension, newest first: for the platform admin. */
    List<OrganizationSuspension> allStanding();

    /** Lifts a standing suspension; false when it was lifted meanwhile. */
    boolean lift(OrganizationSuspension suspension, String actor, String reason, Instant at);
}
