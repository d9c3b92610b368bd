package academy.anxin.identity.application;

/**
 * A new organization and its first admin. {@code oneTimePassword} is set only when the admin's account was
 * created with it: it is shown once to the platform admin to pass on, and stored nowhere but as a hash.
 */
public record FoundedOrganization(long organizationId, long adminPersonId, String adminEmail, String oneTimePassword)
        implements java.io.Serializable {
}
