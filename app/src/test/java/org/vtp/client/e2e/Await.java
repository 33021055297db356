package org.vtp.client.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/** Bounded polling: tests wait for a condition with a deadline, never for a fixed time. */
public final class Await {
    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {
    }

    /**
     * Polls {@code condition} until it holds or {@code timeout} passes. An exception from the
     * condition counts as "not yet" (a page may still be loading) and is kept as the cause.
     *
     * @throws AssertionError naming {@code description} when the deadline passes
     */
    public static void until(Duration timeout, String description, BooleanSupplier condition) {
        try {
            new FluentWait<>(condition)
                    .withTimeout(timeout)
                    .pollingEvery(POLL)
                    .ignoring(RuntimeException.class)
                    .until(c -> c.getAsBoolean() ? Boolean.TRUE : null);
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + timeout.toMillis() + " ms: " + description, e.getCause());
        }
    }

    /**
     * Waits until {@code counter} is positive and then until it exceeds the first positive value
     * seen: the thing counted is flowing now, not just once.
     */
    public static void growing(Duration timeout, String description, LongSupplier counter) {
        long[] first = {0};
        until(timeout, description + " growing", () -> {
            long now = counter.getAsLong();
            if (now <= 0) {
                return false;
            }
            if (first[0] == 0) {
                first[0] = now;
                return false;
            }
            return now > first[0];
        });
    }
}
