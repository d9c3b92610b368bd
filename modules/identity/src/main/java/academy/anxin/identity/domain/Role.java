package academy.anxin.identity.domain;

/**
 * A role a person holds within one organization. A supervisor reviews practice sessions, an organization admin
 * manages members, roles, verification and API keys, a dispatcher (派案员) matches cases to the organization's
 * volunteers. Every member is at least a volunteer there.
 */
public enum Role {
    VOLUNTEER,
    SUPERVISOR,
    ORG_ADMIN,
    DISPATCHER
}
