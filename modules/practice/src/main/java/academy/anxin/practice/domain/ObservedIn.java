package academy.anxin.practice.domain;

/**
 * Where a competency assessment was observed: a role-play (a colleague plays the caller), a live call the
 * supervisor listened in on, or a supervision session the candidate supervisor led. A rubric says which it may be
 * observed in.
 */
public enum ObservedIn {
    ROLE_PLAY, LIVE_CALL, SUPERVISION
}
