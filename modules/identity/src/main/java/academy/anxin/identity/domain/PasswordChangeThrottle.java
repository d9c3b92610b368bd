package academy.anxin.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When wrong current passwords on a password change pause further changes. Whoever holds a logged-in session (a
 * borrowed phone, a computer left open) could otherwise guess the current password there without the login
 * throttle ever seeing it: five wrong within fifteen minutes pause changes for fifteen minutes from the latest.
 * Only the change is paused; the person stays logged in and can still log in elsewhere.
 */
public final class PasswordChangeThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(15);
    public static final int WRONG_ALLOWED = 5;

    private PasswordChangeThrottle() {
    }

    /** Until when changes are paused, given the wrong current passwords (newest first), if they are. */
    public static Optional<Instant> pausedUntil(List<Instant> wrongNewestFirst, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        long recent = wrongNewestFirst.stream().filter(at -> at.isAfter(windowStart)).count();
        if (recent < WRONG_ALLOWED) {
            return Optional.empty();
        }
        Instant until = wrongNewestFirst.get(0).plus(PAUSE);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
