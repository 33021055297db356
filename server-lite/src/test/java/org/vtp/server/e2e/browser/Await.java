package org.vtp.server.e2e.browser;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: tests wait for a condition with a deadline, never for a fixed time. */
public final class Await {

    static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /**
     * Polls {@code condition} until it holds or {@code timeout} passes. Exceptions thrown by the
     * condition count as "not yet" (a page may still be loading); the last one is kept as cause.
     *
     * @throws AssertionError naming {@code description} when the deadline passes
     */
    public static void until(Duration timeout, String description, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + description, last);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + description, e);
            }
        }
    }
}
