package org.vtp.server.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} recorded events per key within any {@code window}: once a key has that
 * many, {@link #retryAfter} says how long until the oldest one leaves the window. Thread-safe.
 * Memory stays bounded: keys whose events all left the window are dropped when the map grows.
 */
public final class RateLimiter {

    /** Keys kept before a sweep of idle ones; an attacker rotating addresses cannot grow it freely. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit >= 1 and a positive window are needed");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Empty if {@code key} may try now; otherwise the wait (at least one second, for Retry-After). */
    public Optional<Duration> retryAfter(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            expire(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
    }

    /** Counts one event (a failure, a lookup) for {@code key}. */
    public void record(String key) {
        if (events.size() > SWEEP_THRESHOLD) {
            sweep();
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            expire(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    /** Forgets {@code key} (a successful login clears the account's failures). */
    public void reset(String key) {
        events.remove(key);
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void sweep() {
        Instant now = clock.instant();
        events.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }
}
