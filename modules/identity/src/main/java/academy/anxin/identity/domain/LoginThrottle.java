package academy.anxin.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When repeated failed logins make the next try wait, built so that an attacker cannot use it to lock the owner
 * out. Three counts, each with free failures and then delays that double from the latest failure up to a cap:
 * <ul>
 * <li>one account from one address (5 free, then 30 s, 1 min, 2 min... up to an hour): the owner who mistypes,
 * or a guesser at one address, waits; failures from other addresses do not count, so a guesser elsewhere does
 * not touch the owner's address;</li>
 * <li>one address for any accounts (20 free, the same delays): one client trying many emails;</li>
 * <li>one account from all addresses (50 free, then 5 s doubling to 5 minutes): a guesser spread over many
 * addresses is slowed to a few tries an hour, and only slowed: this count never applies to an address the
 * account has logged in from successfully within {@link #KNOWN_ADDRESS} (the owner's usual places), and
 * elsewhere it never waits longer than its cap.</li>
 * </ul>
 * Failures count within {@link #WINDOW}; a success from an address clears that address's counts (for the account
 * and for the address), not the account-wide one. Tries refused while waiting are not failures, so hammering
 * does not extend a wait.
 */
public final class LoginThrottle {

    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofHours(24);
    /** How long an address a person logged in from stays "theirs", exempt from the account-wide count. */
    public static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

    public static final Rule ACCOUNT_FROM_ADDRESS = new Rule(5, Duration.ofSeconds(30), Duration.ofHours(1));
    public static final Rule ADDRESS = new Rule(20, Duration.ofSeconds(30), Duration.ofHours(1));
    public static final Rule ACCOUNT = new Rule(50, Duration.ofSeconds(5), Duration.ofMinutes(5));

    /**
     * One count's rule: after {@code free} failures, the next try waits {@code firstDelay} from the latest failure,
     * doubled for every failure beyond, never longer than {@code cap}.
     */
    public record Rule(int free, Duration firstDelay, Duration cap) {

        /** The wait after {@code failures} failures, zero while they are free. */
        public Duration delayAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = failures - free;
            // doubling past the cap is pointless and would overflow: stop as soon as it is reached
            Duration delay = firstDelay;
            for (int i = 0; i < doublings && delay.compareTo(cap) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(cap) > 0 ? cap : delay;
        }

        /** Until when the next try waits, given the failures counted (newest first), if it waits at all. */
        public Optional<Instant> waitUntil(List<Instant> failuresNewestFirst, Instant now) {
            Instant windowStart = now.minus(WINDOW);
            int recent = (int) failuresNewestFirst.stream().filter(at -> at.isAfter(windowStart)).count();
            Duration delay = delayAfter(recent);
            if (delay.isZero()) {
                return Optional.empty();
            }
            Instant until = failuresNewestFirst.get(0).plus(delay);
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }

    /**
     * What the throttle knows of one try: the failures for this account from this address and from this address
     * for any account (each since that address's latest success), the account's failures from everywhere, all
     * newest first, and whether the account has logged in from this address lately.
     */
    public record Tries(List<Instant> accountFromAddress, List<Instant> fromAddress, List<Instant> account,
                        boolean knownAddress) {
    }

    private LoginThrottle() {
    }

    /** Until when this try must wait, the latest of what the three counts ask, if any asks. */
    public static Optional<Instant> waitUntil(Tries tries, Instant now) {
        Optional<Instant> until = latest(ACCOUNT_FROM_ADDRESS.waitUntil(tries.accountFromAddress(), now),
                ADDRESS.waitUntil(tries.fromAddress(), now));
        if (!tries.knownAddress()) {
            until = latest(until, ACCOUNT.waitUntil(tries.account(), now));
        }
        return until;
    }

    private static Optional<Instant> latest(Optional<Instant> one, Optional<Instant> other) {
        if (one.isPresent() && other.isPresent()) {
            return one.get().isAfter(other.get()) ? one : other;
        }
        return one.isPresent() ? one : other;
    }
}
