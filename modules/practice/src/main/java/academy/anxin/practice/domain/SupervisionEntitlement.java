package academy.anxin.practice.domain;

/**
 * Who may sign off practice in an organization. Declared here, where the rule is needed; until credentials exist
 * the SUPERVISOR role answers it, and the credentials context replaces that with an active L4 credential.
 */
public interface SupervisionEntitlement {

    boolean maySignOff(long personId, long organizationId);
}
