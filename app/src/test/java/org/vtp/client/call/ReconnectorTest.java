package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vtp.client.signalling.SignallingException;

class ReconnectorTest {
    private final FakeTimer timer = new FakeTimer();
    private final List<String> events = new ArrayList<>();
    private final List<CompletableFuture<Void>> attempts = new ArrayList<>();
    private final Reconnector reconnector = new Reconnector(ReconnectPolicy.defaults(() -> 0.5), timer,
            () -> timer.nowNanos, number -> {
                CompletableFuture<Void> attempt = new CompletableFuture<>();
                attempts.add(attempt);
                events.add("attempt " + number);
                return attempt;
            }, new Reconnector.Outcome() {
                @Override
                public void onAttemptScheduled(int attempt, Duration delay) {
                    events.add("scheduled " + attempt + " in " + delay.toMillis());
                }

                @Override
                public void onReconnected() {
                    events.add("reconnected");
                }

                @Override
                public void onRefused(Throwable error) {
                    events.add("refused " + error.getMessage());
                }

                @Override
                public void onGaveUp(Throwable lastError) {
                    events.add("gave up after " + (lastError == null ? "nothing" : lastError.getMessage()));
                }
            });

    @Test
    void failedAttemptsAreRetriedWithGrowingDelaysUntilOneSucceeds() {
        reconnector.start();
        timer.fire();
        attempts.get(0).completeExceptionally(new SignallingException(SignallingException.DISCONNECTED, "down"));
        timer.fire();
        attempts.get(1).complete(null);

        assertThat(events).containsExactly("scheduled 1 in 1000", "attempt 1", "scheduled 2 in 2000", "attempt 2",
                "reconnected");
        assertThat(reconnector.running()).isFalse();
        assertThat(timer.pending).isNull();
    }

    @Test
    void afterTheDeadlineItGivesUpWithTheLastError() {
        reconnector.start();
        for (int i = 0; timer.pending != null; i++) {
            timer.fire();
            attempts.get(i).completeExceptionally(new SignallingException(SignallingException.TIMEOUT, "no answer"));
        }

        assertThat(events).last().isEqualTo("gave up after TIMEOUT: no answer");
        assertThat(timer.nowNanos).isEqualTo(Duration.ofMinutes(2).toNanos());
        assertThat(attempts).hasSize(15);
        assertThat(reconnector.running()).isFalse();
    }

    @Test
    void aRefusalThatCannotHealEndsTheOutageAtOnce() {
        reconnector.start();
        timer.fire();
        attempts.get(0).completeExceptionally(new java.util.concurrent.CompletionException(
                new SignallingException("FORBIDDEN", "you were removed from this class")));

        assertThat(events).containsExactly("scheduled 1 in 1000", "attempt 1",
                "refused FORBIDDEN: you were removed from this class");
        assertThat(timer.pending).isNull();
        assertThat(reconnector.running()).isFalse();
    }

    @Test
    void stoppingCancelsTheWaitingAttemptAndIgnoresOneInFlight() {
        reconnector.start();
        reconnector.stop();
        assertThat(timer.cancelled).isTrue();

        reconnector.start();
        timer.fire();
        reconnector.stop();
        attempts.get(0).completeExceptionally(new SignallingException(SignallingException.DISCONNECTED, "down"));

        assertThat(events).containsExactly("scheduled 1 in 1000", "scheduled 1 in 1000", "attempt 1");
        assertThat(timer.pending).isNull();
    }

    @Test
    void startingWhileAnOutageRunsChangesNothing() {
        reconnector.start();
        reconnector.start();

        assertThat(events).containsExactly("scheduled 1 in 1000");
    }

    /** One pending task at a time (the reconnector never has more); firing advances the clock. */
    private static final class FakeTimer implements Reconnector.Timer {
        long nowNanos;
        Runnable pending;
        Duration pendingDelay;
        boolean cancelled;

        @Override
        public Runnable schedule(Runnable task, Duration delay) {
            assertThat(pending).isNull();
            pending = task;
            pendingDelay = delay;
            cancelled = false;
            return () -> {
                cancelled = true;
                pending = null;
            };
        }

        void fire() {
            Runnable task = pending;
            pending = null;
            nowNanos += pendingDelay.toNanos();
            task.run();
        }
    }
}
