package academy.anxin.services.domain;

/** How someone reaches a service: by telephone, by online chat, or in person. */
public enum Channel {
    HOTLINE, ONLINE_CHAT, WALK_IN
}
