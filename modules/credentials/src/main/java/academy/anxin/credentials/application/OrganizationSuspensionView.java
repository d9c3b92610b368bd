package academy.anxin.credentials.application;

import java.time.Instant;

/**
 * An organization's standing suspension of a credential for its own checks, as the platform admin sees it: which
 * credential, which organization, why and since when.
 */
public record OrganizationSuspensionView(String number, long organizationId, String organizationName, String reason,
                                         Instant since) {
}
