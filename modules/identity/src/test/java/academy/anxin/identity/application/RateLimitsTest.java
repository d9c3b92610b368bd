package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    private final RateLimits limits = new RateLimits();

    @Test
    void aMinutesCallsMayComeAtOnceThenTheCallerWaits() {
        for (int call = 0; call < 60; call++) {
            assertEquals(0, limits.take(1, 60, 0));
        }
        assertEquals(1, limits.take(1, 60, 0), "at 60 a minute the next call is a second away");
    }

    @Test
    void theBucketRefillsEvenly() {
        for (int call = 0; call < 6; call++) {
            limits.take(1, 6, 0);
        }
        assertEquals(10, limits.take(1, 6, 0));
        assertEquals(0, limits.take(1, 6, 10 * SECOND), "ten seconds bring back one call of six a minute");
        assertEquals(10, limits.take(1, 6, 10 * SECOND));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        limits.take(1, 1, 0);
        assertEquals(60, limits.take(1, 1, 0));
        assertEquals(0, limits.take(2, 1, 0));
    }
}
