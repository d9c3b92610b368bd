package academy.anxin.credentials.domain;

/** A holder's credentials changed: one was issued, or one gained a status event. */
public record StandingChanged(long holderId) {
}
