package academy.anxin.identity.application;

import java.time.Instant;
import java.util.Set;

/** How a login try ended: who logged in with which platform groups, or that it failed, or until when it is locked. */
public record LoginResult(Status status, Long personId, Set<String> groups, Instant lockedUntil) {

    public enum Status { SUCCEEDED, FAILED, LOCKED }

    /** Every logged-in person is in this group; pages for anyone logged in require it. */
    public static final String USER = "USER";
    /** The platform administrators' group. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    static LoginResult succeeded(long personId, boolean platformAdmin) {
        return new LoginResult(Status.SUCCEEDED, personId,
                platformAdmin ? Set.of(USER, PLATFORM_ADMIN) : Set.of(USER), null);
    }

    static LoginResult failed() {
        return new LoginResult(Status.FAILED, null, Set.of(), null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Status.LOCKED, null, Set.of(), until);
    }
}
