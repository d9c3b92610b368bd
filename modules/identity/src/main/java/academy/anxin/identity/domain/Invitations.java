package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Invitations to join organizations, by organization and by the address invited. */
public interface Invitations {

    Optional<Invitation> byId(long id);

    /** An organization's invitations, newest first. */
    List<Invitation> ofOrganization(long organizationId);

    /** Invitations addressed to this email, newest first. */
    List<Invitation> toEmail(EmailAddress email);

    Invitation add(Invitation invitation);
}
