package org.vtp.server.http;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, then one more every
 * {@code refillNanos}. Slows down guessing join codes. Thread-safe; the clock is injected.
 */
final class RateLimiter {

    /** Past this many tracked addresses, full (idle) buckets are forgotten. */
    static final int MAX_ADDRESSES = 10_000;

    private final int burst;
    private final long refillNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int burst, long refillNanos, LongSupplier nanoClock) {
        if (burst < 1 || refillNanos < 1) {
            throw new IllegalArgumentException("burst and refill must be positive");
        }
        this.burst = burst;
        this.refillNanos = refillNanos;
        this.nanoClock = nanoClock;
    }

    /** @return true if the address has budget left now (nothing is counted) */
    boolean allows(InetAddress address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.hasToken(nanoClock.getAsLong());
    }

    /** @return true if the address may make one more request now (and counts it) */
    boolean tryAcquire(InetAddress address) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(now));
        synchronized (bucket) {
            return bucket.take(now);
        }
    }

    private final class Bucket {
        private double tokens = burst;
        private long updatedNanos;

        Bucket(long now) {
            this.updatedNanos = now;
        }

        boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean hasToken(long now) {
            refill(now);
            return tokens >= 1;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updatedNanos);
            tokens = Math.min(burst, tokens + (double) elapsed / refillNanos);
            updatedNanos = now;
        }
    }
}
