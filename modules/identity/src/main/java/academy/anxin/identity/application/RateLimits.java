package academy.anxin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: a minute's calls may come at once, then they refill evenly. Held in memory per node
 * (a cluster would keep them in the data grid).
 */
@ApplicationScoped
public class RateLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the call may go ahead; otherwise the whole seconds to wait before the next one would. */
    public long take(long keyId, int perMinute, long nanoTime) {
        return buckets.computeIfAbsent(keyId, id -> new Bucket(perMinute, nanoTime)).take(perMinute, nanoTime);
    }

    static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.refilledAt = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
