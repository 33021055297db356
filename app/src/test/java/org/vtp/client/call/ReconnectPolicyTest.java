package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconnectPolicyTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void delaysDoubleFromOneSecondUpToTenWithoutJitterInTheMiddle() {
        ReconnectPolicy policy = ReconnectPolicy.defaults(() -> 0.5);
        policy.outageStarted(0);

        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seconds.add(policy.nextDelay(0).orElseThrow().toMillis());
        }

        assertThat(seconds).containsExactly(1000L, 2000L, 4000L, 8000L, 10_000L, 10_000L, 10_000L);
        assertThat(policy.attempts()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource({"0.0, 800", "0.999999, 1199", "0.25, 900"})
    void jitterSpreadsTheDelayByTwentyPercent(double random, long millis) {
        ReconnectPolicy policy = ReconnectPolicy.defaults(() -> random);
        policy.outageStarted(0);

        assertThat(policy.nextDelay(0).orElseThrow().toMillis()).isEqualTo(millis);
    }

    @Test
    void givesUpTwoMinutesAfterTheOutageBeganAndMovesTheLastAttemptToTheDeadline() {
        ReconnectPolicy policy = ReconnectPolicy.defaults(() -> 0.5);
        long start = 5 * SECOND;
        policy.outageStarted(start);

        assertThat(policy.nextDelay(start + 115 * SECOND)).contains(Duration.ofSeconds(1));
        assertThat(policy.nextDelay(start + 119_500_000_000L)).contains(Duration.ofMillis(500));
        assertThat(policy.nextDelay(start + 120 * SECOND)).isEmpty();
        assertThat(policy.nextDelay(start + 600 * SECOND)).isEmpty();
    }

    @Test
    void aNewOutageStartsAgainFromTheFirstDelay() {
        ReconnectPolicy policy = ReconnectPolicy.defaults(() -> 0.5);
        policy.outageStarted(0);
        policy.nextDelay(0);
        policy.nextDelay(0);

        policy.outageStarted(1000 * SECOND);

        assertThat(policy.attempts()).isZero();
        assertThat(policy.nextDelay(1000 * SECOND)).contains(Duration.ofSeconds(1));
    }

    @Test
    void nonsenseSchedulesAreRefused() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1),
                () -> 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
