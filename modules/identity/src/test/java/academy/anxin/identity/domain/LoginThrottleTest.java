package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login throttle's rule, played with a clock: who waits, how long, and who never does. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static List<Instant> failuresEveryMinute(int count) {
        List<Instant> newestFirst = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            newestFirst.add(NOW.minusSeconds(60L * (i + 1)));
        }
        return newestFirst;
    }

    /** Failures for the account from the owner's address only. */
    private static LoginThrottle.Tries fromOneAddress(int failures) {
        List<Instant> failed = failuresEveryMinute(failures);
        return new LoginThrottle.Tries(failed, failed, failed, false);
    }

    @Test
    void fourFailuresCostNothing() {
        assertTrue(LoginThrottle.waitUntil(fromOneAddress(4), NOW).isEmpty());
    }

    @Test
    void theFifthFailureMakesTheNextTryWaitThirtySecondsFromTheLatest() {
        Instant latest = NOW.minusSeconds(10);
        List<Instant> failed = List.of(latest, NOW.minusSeconds(20), NOW.minusSeconds(30), NOW.minusSeconds(40),
                NOW.minusSeconds(50));
        assertEquals(Optional.of(latest.plusSeconds(30)),
                LoginThrottle.waitUntil(new LoginThrottle.Tries(failed, failed, failed, false), NOW));
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(failed, failed, failed, false),
                latest.plusSeconds(30)).isEmpty(), "the wait ends");
    }

    @Test
    void delaysDoubleUpToTheirCap() {
        LoginThrottle.Rule rule = LoginThrottle.ACCOUNT_FROM_ADDRESS;
        assertEquals(Duration.ZERO, rule.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), rule.delayAfter(5));
        assertEquals(Duration.ofMinutes(1), rule.delayAfter(6));
        assertEquals(Duration.ofMinutes(2), rule.delayAfter(7));
        assertEquals(Duration.ofMinutes(32), rule.delayAfter(11));
        assertEquals(Duration.ofHours(1), rule.delayAfter(12));
        assertEquals(Duration.ofHours(1), rule.delayAfter(10_000));
        assertEquals(Duration.ofMinutes(5), LoginThrottle.ACCOUNT.delayAfter(10_000));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        List<Instant> old = new ArrayList<>(List.of(NOW.minusSeconds(60)));
        for (int i = 0; i < 10; i++) {
            old.add(NOW.minus(LoginThrottle.WINDOW).minusSeconds(i + 1));
        }
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(old, old, old, false), NOW).isEmpty());
    }

    @Test
    void aGuesserElsewhereDoesNotMakeTheOwnersAddressWait() {
        // 40 failures for the account from another address: none from the owner's, below the account-wide count
        List<Instant> elsewhere = failuresEveryMinute(40);
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(List.of(), List.of(), elsewhere, false), NOW)
                .isEmpty());
    }

    @Test
    void guessersOnManyAddressesOnlySlowNewAddressesAndNeverTheOwnersKnownOne() {
        List<Instant> everywhere = failuresEveryMinute(100); // latest a minute ago, far past the free 50
        Optional<Instant> newAddress = LoginThrottle.waitUntil(
                new LoginThrottle.Tries(List.of(), List.of(), everywhere, false), NOW);
        assertEquals(Optional.of(NOW.minusSeconds(60).plus(LoginThrottle.ACCOUNT.cap())), newAddress);
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(List.of(), List.of(), everywhere, true), NOW)
                .isEmpty(), "an address the owner logged in from lately is not slowed by the account-wide count");
        // and even a new address waits no longer than the cap after the latest failure: slowed, never locked
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(List.of(), List.of(), everywhere, false),
                NOW.minusSeconds(60).plus(LoginThrottle.ACCOUNT.cap())).isEmpty());
    }

    @Test
    void oneAddressTryingManyAccountsWaitsAfterTwenty() {
        List<Instant> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(NOW.minusSeconds(i + 1L));
        }
        assertTrue(LoginThrottle.waitUntil(new LoginThrottle.Tries(List.of(), twenty.subList(0, 19), List.of(),
                false), NOW).isEmpty());
        assertEquals(Optional.of(NOW.minusSeconds(1).plusSeconds(30)), LoginThrottle.waitUntil(
                new LoginThrottle.Tries(List.of(), twenty, List.of(), false), NOW));
    }

    @Test
    void theLongestWaitAsked() {
        // the pair asks 2 min after its latest failure (7 failures); the address count asks nothing
        List<Instant> seven = failuresEveryMinute(7);
        assertEquals(Optional.of(NOW.minusSeconds(60).plus(Duration.ofMinutes(2))),
                LoginThrottle.waitUntil(new LoginThrottle.Tries(seven, seven, seven, true), NOW));
    }
}
