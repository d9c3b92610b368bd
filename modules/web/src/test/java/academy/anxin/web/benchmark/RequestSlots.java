package academy.anxin.web.benchmark;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Bounds how many requests a benchmark has in flight without blocking any thread: a request that finds no free
 * slot waits in a queue and is sent when one frees. (A {@link java.util.concurrent.Semaphore} would do the same
 * by parking the scheduler's thread, which would then delay every later arrival.) The time a request waits here
 * is the client's, not the server's, and is reported apart.
 */
final class RequestSlots {

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int free;
    private long maxWaitNanos;

    RequestSlots(int slots) {
        this.free = slots;
    }

    /** Sends {@code request} when a slot is free; the slot is given back when the request's future completes. */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long queued = System.nanoTime();
        Runnable send = () -> {
            noteWait(System.nanoTime() - queued);
            CompletableFuture<T> sent;
            try {
                sent = request.get();
            } catch (RuntimeException failed) {
                sent = CompletableFuture.failedFuture(failed);
            }
            sent.whenComplete((value, failure) -> {
                release();
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            });
        };
        boolean now;
        synchronized (this) {
            now = free > 0;
            if (now) {
                free--;
            } else {
                waiting.add(send);
            }
        }
        if (now) {
            send.run();
        }
        return result;
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
            }
        }
        if (next != null) {
            next.run();
        }
    }

    private synchronized void noteWait(long nanos) {
        maxWaitNanos = Math.max(maxWaitNanos, nanos);
    }

    /** The longest any request waited for a slot, in milliseconds. */
    synchronized double maxWaitMillis() {
        return maxWaitNanos / 1e6;
    }
}
