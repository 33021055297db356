package org.vtp.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(3, 1_000_000_000L, now::get);
    private final InetAddress alice = InetAddress.getLoopbackAddress();
    private final InetAddress bob = address(10, 0, 0, 2);

    private static InetAddress address(int... bytes) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) bytes[0], (byte) bytes[1], (byte) bytes[2],
                    (byte) bytes[3]});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void askingWhetherAnAddressHasBudgetSpendsNothing() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.allows(alice)).isTrue();
        }
        limiter.tryAcquire(alice);
        limiter.tryAcquire(alice);
        limiter.tryAcquire(alice);
        assertThat(limiter.allows(alice)).isFalse();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.allows(alice)).isTrue();
    }

    @Test
    void aBurstPassesThenRequestsAreRefusedUntilTimeRefillsTheBucket() {
        assertThat(limiter.tryAcquire(alice)).isTrue();
        assertThat(limiter.tryAcquire(alice)).isTrue();
        assertThat(limiter.tryAcquire(alice)).isTrue();
        assertThat(limiter.tryAcquire(alice)).isFalse();

        now.addAndGet(999_000_000L);
        assertThat(limiter.tryAcquire(alice)).isFalse();
        now.addAndGet(1_000_000L);
        assertThat(limiter.tryAcquire(alice)).isTrue();
        assertThat(limiter.tryAcquire(alice)).isFalse();
    }

    @Test
    void eachAddressHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(alice);
        }

        assertThat(limiter.tryAcquire(alice)).isFalse();
        assertThat(limiter.tryAcquire(bob)).isTrue();
    }

    @Test
    void aLongPauseRefillsOnlyUpToTheBurst() {
        now.addAndGet(3_600_000_000_000L);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(alice)).isTrue();
        }
        assertThat(limiter.tryAcquire(alice)).isFalse();
    }

    @Test
    void nonsenseLimitsFailFast() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
