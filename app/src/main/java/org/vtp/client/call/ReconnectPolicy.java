package org.vtp.client.call;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try rejoining a dropped call: exponential back-off ({@code first}, doubled each attempt,
 * capped at {@code cap}) with ±{@value #JITTER_PERCENT}% jitter so that a whole class dropped by
 * one server restart does not return in lock-step; and when to give up ({@code giveUpAfter} since
 * the outage began; the last attempt is moved to the deadline rather than skipped).
 *
 * <p>Pure: time comes in as {@code nowNanos}, randomness from the given supplier ([0, 1)). Not
 * thread-safe; the {@link Reconnector} guards it.
 */
public final class ReconnectPolicy {
    static final int JITTER_PERCENT = 20;

    private final Duration first;
    private final Duration cap;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;
    private long outageStartNanos;
    private int attempts;

    public ReconnectPolicy(Duration first, Duration cap, Duration giveUpAfter, DoubleSupplier random) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || giveUpAfter.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= cap and first <= giveUpAfter");
        }
        this.first = first;
        this.cap = cap;
        this.giveUpAfter = giveUpAfter;
        this.random = random;
    }

    /** 1 s, 2 s, 4 s, 8 s, then every 10 s; gives up after 2 minutes. */
    public static ReconnectPolicy defaults(DoubleSupplier random) {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(2), random);
    }

    /** An outage begins (again from the first delay). */
    public void outageStarted(long nowNanos) {
        outageStartNanos = nowNanos;
        attempts = 0;
    }

    /**
     * The wait before the next attempt, counting it; empty once {@code giveUpAfter} has passed
     * since {@link #outageStarted}.
     */
    public Optional<Duration> nextDelay(long nowNanos) {
        long remaining = outageStartNanos + giveUpAfter.toNanos() - nowNanos;
        if (remaining <= 0) {
            return Optional.empty();
        }
        long base = Math.min(cap.toNanos(), first.toNanos() << Math.min(attempts, 30));
        double factor = 1 + JITTER_PERCENT / 100.0 * (2 * random.getAsDouble() - 1);
        attempts++;
        return Optional.of(Duration.ofNanos(Math.min(remaining, (long) (base * factor))));
    }

    /** Attempts counted since the outage began (1 for the first). */
    public int attempts() {
        return attempts;
    }
}
