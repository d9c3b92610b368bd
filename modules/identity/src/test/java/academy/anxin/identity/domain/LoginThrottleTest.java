package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static List<Instant> failuresEveryMinute(int count) {
        List<Instant> newestFirst = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            newestFirst.add(NOW.minusSeconds(60L * (i + 1)));
        }
        return newestFirst;
    }

    @Test
    void fourFailuresDoNotLockAnAccount() {
        assertTrue(LoginThrottle.lockedUntil(failuresEveryMinute(4), LoginThrottle.FAILURES_PER_ACCOUNT, NOW).isEmpty());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesFromTheLatest() {
        Optional<Instant> until = LoginThrottle.lockedUntil(failuresEveryMinute(5), LoginThrottle.FAILURES_PER_ACCOUNT, NOW);
        assertEquals(Optional.of(NOW.minusSeconds(60).plus(LoginThrottle.LOCK)), until);
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        List<Instant> old = List.of(NOW.minusSeconds(60), NOW.minusSeconds(16 * 60), NOW.minusSeconds(17 * 60),
                NOW.minusSeconds(18 * 60), NOW.minusSeconds(19 * 60));
        assertTrue(LoginThrottle.lockedUntil(old, LoginThrottle.FAILURES_PER_ACCOUNT, NOW).isEmpty());
    }

    @Test
    void aLockEnds() {
        Instant later = NOW.plus(LoginThrottle.LOCK);
        assertTrue(LoginThrottle.lockedUntil(failuresEveryMinute(5), LoginThrottle.FAILURES_PER_ACCOUNT, later).isEmpty());
    }

    @Test
    void anAddressHasAHigherLimit() {
        assertTrue(LoginThrottle.lockedUntil(failuresEveryMinute(10), LoginThrottle.FAILURES_PER_ADDRESS, NOW).isEmpty());
        assertTrue(LoginThrottle.lockedUntil(failuresEveryMinute(14), LoginThrottle.FAILURES_PER_ADDRESS, NOW).isEmpty());
    }
}
