package academy.anxin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: a minute's calls may come at once, then they refill evenly. Held in memory per node,
 * so that a call costs no round trip to the data grid or the database. On a cluster of N nodes behind the
 * round-robin balancer ({@code ANXIN_CLUSTER_NODES}, set by the launcher) each node sees a key's calls one in N,
 * so each node's bucket holds a key's rate divided by N (rounded up): together the key's rate, cluster-wide. While
 * a node is down the others' shares add up to a little less than the key's rate, never more.
 */
@ApplicationScoped
public class RateLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int nodes;

    public RateLimits() {
        this(nodes(System.getenv("ANXIN_CLUSTER_NODES")));
    }

    RateLimits(int nodes) {
        this.nodes = nodes;
    }

    /** 0 when the call may go ahead; otherwise the whole seconds to wait before the next one would. */
    public long take(long keyId, int perMinute, long nanoTime) {
        int share = Math.max(1, (perMinute + nodes - 1) / nodes);
        return buckets.computeIfAbsent(keyId, id -> new Bucket(share, nanoTime)).take(share, nanoTime);
    }

    static int nodes(String setting) {
        try {
            return setting == null ? 1 : Math.max(1, Integer.parseInt(setting.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
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
