package academy.anxin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    private final RateLimits limits = new RateLimits(1);

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

    @Test
    void onAClusterEachNodeHoldsItsShareOfTheKeysRate() {
        RateLimits node = new RateLimits(RateLimits.nodes("2"));
        for (int call = 0; call < 30; call++) {
            assertEquals(0, node.take(1, 60, 0));
        }
        assertEquals(2, node.take(1, 60, 0), "30 a minute on this node: the next call is two seconds away");
        RateLimits third = new RateLimits(3);
        for (int call = 0; call < 4; call++) {
            assertEquals(0, third.take(1, 10, 0), "10 over 3 nodes rounds up to 4 each");
        }
        assertEquals(1, RateLimits.nodes("zero"));
        assertEquals(1, RateLimits.nodes(null));
    }
}
