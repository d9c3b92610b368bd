package academy.anxin.identity.application;

import academy.anxin.identity.domain.OrganizationKind;

/**
 * What a platform admin fills in to create an organization with its first admin. The admin is an existing person
 * found by email, or, when nobody has that email yet, a new account under {@code adminName}.
 */
public record OrganizationFounding(String nameZh, String nameEn, OrganizationKind kind, String region,
                                   String adminEmail, String adminName) {
}
