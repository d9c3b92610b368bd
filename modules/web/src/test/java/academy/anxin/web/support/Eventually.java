package academy.anxin.web.support;

import java.time.Duration;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Waits for what the platform does in the background and a test can only ask about (the search index built after
 * start, a new course indexed after its import): asks again every quarter second, and fails the test, saying what
 * it waited for, when the answer has not come within the time given.
 * <pre>{@code
 * Eventually.within(Duration.ofSeconds(20), "the new course to be findable", () -> findable("quokka"));
 * }</pre>
 */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(250);

    /** A question to the platform, asked again until it answers yes; it may fail like any HTTP or SQL call. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    public static void within(Duration timeout, String what, Condition condition) {
        new FluentWait<>(condition).withTimeout(timeout).pollingEvery(POLL)
                .withMessage("waited " + timeout.toSeconds() + " s for " + what)
                .until(c -> {
                    try {
                        return c.holds();
                    } catch (RuntimeException | Error failure) {
                        throw failure;
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for " + what, interrupted);
                    } catch (Exception failure) {
                        throw new IllegalStateException("while waiting for " + what, failure);
                    }
                });
    }
}
