package org.vtp.server.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vtp.server.testing.MutableClock;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(10, Duration.ofMinutes(1), clock);

    @Test
    void tenEventsAMinuteAreAllowedAndTheEleventhWaits() {
        for (int i = 0; i < 9; i++) {
            limiter.record("a");
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.retryAfter("a")).isEmpty();

        limiter.record("a");

        assertThat(limiter.retryAfter("a")).hasValue(Duration.ofSeconds(51));
    }

    @Test
    void theWaitEndsWhenTheOldestEventLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            limiter.record("a");
        }
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.retryAfter("a")).hasValue(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.retryAfter("a")).isEmpty();
    }

    @Test
    void keysAreCountedApartAndResetForgets() {
        for (int i = 0; i < 10; i++) {
            limiter.record("a");
        }
        assertThat(limiter.retryAfter("b")).isEmpty();

        limiter.reset("a");

        assertThat(limiter.retryAfter("a")).isEmpty();
    }

    @Test
    void aShortRemainingWaitIsRoundedUpToOneSecond() {
        for (int i = 0; i < 10; i++) {
            limiter.record("a");
        }
        clock.advance(Duration.ofMillis(59_900));

        assertThat(limiter.retryAfter("a")).hasValue(Duration.ofSeconds(1));
    }
}
