package academy.anxin.web.benchmark;

import java.util.Arrays;

/**
 * Latencies of one phase of a benchmark, kept whole (a few hundred thousand longs at most) so that the
 * percentiles are exact rather than estimated from buckets. Thread-safe; {@link #summary()} is read once, after
 * the phase.
 */
final class Latencies {

    private long[] nanos = new long[4096];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The value below which the share {@code p} (0..1) of the samples fall, nearest-rank, in milliseconds. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** "p50 1.2 ms · p95 … · p99 … · max … (n samples)". */
    String summary() {
        return String.format("p50 %s · p95 %s · p99 %s · max %s (%,d samples)", ms(percentileMillis(0.50)),
                ms(percentileMillis(0.95)), ms(percentileMillis(0.99)), ms(percentileMillis(1.0)), count());
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : millis >= 100 ? String.format("%,.0f ms", millis)
                : String.format("%.1f ms", millis);
    }
}
