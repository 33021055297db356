package org.vtp.server.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/** Bounded polling: tests wait for a condition with a deadline, never for a fixed time. */
final class Await {

    static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /**
     * Polls {@code condition} until it holds or {@code timeout} passes. Exceptions thrown by the
     * condition count as "not yet" (a page may still be loading); the last one is kept as cause.
     *
     * @throws AssertionError naming {@code description} when the deadline passes
     */
    static void until(Duration timeout, String description, BooleanSupplier condition) {
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
}
