package academy.anxin.services.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackThrottleTest {

    private static final byte[] SECRET = "sixteen bytes at least!".getBytes();
    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aClientMaySendTheLimitInTheWindowThenWaits() {
        FeedbackThrottle throttle = new FeedbackThrottle(SECRET, 3, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.admit("203.0.113.7", T0.plusSeconds(i)), "answer " + (i + 1));
        }
        assertFalse(throttle.admit("203.0.113.7", T0.plusSeconds(60)), "the fourth in ten minutes");
        assertTrue(throttle.admit("198.51.100.2", T0.plusSeconds(60)), "another client is not held up");
        assertFalse(throttle.admit("203.0.113.7", T0.plus(Duration.ofMinutes(10)).minusSeconds(1)),
                "the window slides: a refusal does not count, the first answer is still in it");
        assertTrue(throttle.admit("203.0.113.7", T0.plus(Duration.ofMinutes(10))),
                "the first answer has left the window");
    }

    @Test
    void theAddressIsRememberedOnlyAsAKeyedHash() {
        FeedbackThrottle throttle = new FeedbackThrottle(SECRET, 3, Duration.ofMinutes(10), 100);
        throttle.admit("203.0.113.7", T0);
        assertEquals(1, throttle.clientsRemembered());
        assertFalse(throttle.remembers("203.0.113.7"));
        assertFalse(throttle.remembers("203.0.113"));
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentClient() {
        FeedbackThrottle throttle = new FeedbackThrottle(SECRET, 1, Duration.ofMinutes(10), 2);
        assertTrue(throttle.admit("a", T0));
        assertTrue(throttle.admit("b", T0));
        assertFalse(throttle.admit("a", T0), "a is remembered and used");
        assertTrue(throttle.admit("c", T0), "c pushes out b, the least recently heard from");
        assertEquals(2, throttle.clientsRemembered());
        assertTrue(throttle.admit("b", T0), "b was forgotten");
    }

    @Test
    void aThrottleNeedsARealSecretAndLimits() {
        assertThrows(IllegalArgumentException.class, () -> new FeedbackThrottle(new byte[4], 1,
                Duration.ofMinutes(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackThrottle(SECRET, 0, Duration.ofMinutes(1), 1));
    }
}
