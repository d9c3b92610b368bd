package academy.anxin.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When repeated failed logins lock an account or a client address for a while. Five failures for one email within
 * fifteen minutes (since its last success) lock that email; twenty from one address lock the address, which
 * catches one client trying many emails. The lock lasts fifteen minutes from the latest failure. Tries refused
 * during a lock are not failures, so an attacker cannot keep a victim locked out forever by hammering.
 */
public final class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int FAILURES_PER_ACCOUNT = 5;
    public static final int FAILURES_PER_ADDRESS = 20;

    private LoginThrottle() {
    }

    /**
     * Until when logins are refused, given the failures counted for one email or address (newest first, already
     * limited to those after its last success) and the limit that applies to it.
     */
    public static Optional<Instant> lockedUntil(List<Instant> failuresNewestFirst, int limit, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        long recent = failuresNewestFirst.stream().filter(at -> at.isAfter(windowStart)).count();
        if (recent < limit) {
            return Optional.empty();
        }
        Instant until = failuresNewestFirst.get(0).plus(LOCK);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
