package org.vtp.client.call;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.signalling.SignallingException;

/**
 * Runs the attempts to rejoin a dropped call, one at a time, spaced by a {@link ReconnectPolicy}:
 * an attempt that fails is retried after the next delay; one refused for good (the server says
 * {@code FORBIDDEN} or {@code NOT_FOUND}: removed, guests no longer admitted, class deleted) ends
 * the outage at once; when the policy gives up the outcome says so.
 *
 * <p>{@link #stop()} cancels the waiting attempt and ignores the result of one in flight (the
 * attempt itself must clean up what it built when its owner has moved on). Thread-safe; the
 * outcome is called on the scheduler's or the attempt's completing thread, never under a lock.
 */
public final class Reconnector {
    private static final Logger LOG = LoggerFactory.getLogger(Reconnector.class);
    private static final Set<String> PERMANENT = Set.of("FORBIDDEN", "NOT_FOUND");

    /** One try at rejoining; {@code attempt} counts from 1 within an outage. */
    @FunctionalInterface
    public interface Attempt {
        CompletableFuture<?> run(int attempt);
    }

    /** Runs a task after a delay; the returned action cancels it. */
    @FunctionalInterface
    public interface Timer {
        Runnable schedule(Runnable task, Duration delay);

        /** Over a scheduler; a shut-down scheduler rejects (the outage then just ends). */
        static Timer of(ScheduledExecutorService scheduler) {
            return (task, delay) -> {
                ScheduledFuture<?> future = scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            };
        }
    }

    /** What came of an outage. */
    public interface Outcome {
        /** Attempt {@code attempt} is scheduled to start in {@code delay}. */
        void onAttemptScheduled(int attempt, Duration delay);

        void onReconnected();

        /** Refused for good (see {@link #permanent}); no more attempts. */
        void onRefused(Throwable error);

        /** The policy's deadline passed; {@code lastError} is the last attempt's failure. */
        void onGaveUp(Throwable lastError);
    }

    private final ReconnectPolicy policy;
    private final Timer timer;
    private final LongSupplier nanoClock;
    private final Attempt attempt;
    private final Outcome outcome;
    private long outage;
    private boolean running;
    private Runnable cancelWaiting;

    public Reconnector(ReconnectPolicy policy, Timer timer, LongSupplier nanoClock, Attempt attempt,
                       Outcome outcome) {
        this.policy = policy;
        this.timer = timer;
        this.nanoClock = nanoClock;
        this.attempt = attempt;
        this.outcome = outcome;
    }

    /** Begins an outage (no-op while one runs): schedules the first attempt. */
    public void start() {
        long id;
        synchronized (this) {
            if (running) {
                return;
            }
            running = true;
            id = ++outage;
            policy.outageStarted(nanoClock.getAsLong());
        }
        scheduleNext(id, null);
    }

    /** Ends the outage without further attempts. Idempotent. */
    public synchronized void stop() {
        running = false;
        outage++;
        if (cancelWaiting != null) {
            cancelWaiting.run();
            cancelWaiting = null;
        }
    }

    public synchronized boolean running() {
        return running;
    }

    private void scheduleNext(long id, Throwable lastError) {
        Optional<Duration> delay;
        int number;
        synchronized (this) {
            if (!current(id)) {
                return;
            }
            delay = policy.nextDelay(nanoClock.getAsLong());
            number = policy.attempts();
            if (delay.isPresent()) {
                try {
                    cancelWaiting = timer.schedule(() -> runAttempt(id, number), delay.get());
                } catch (RejectedExecutionException e) {
                    running = false;
                    return;
                }
            } else {
                running = false;
            }
        }
        if (delay.isPresent()) {
            outcome.onAttemptScheduled(number, delay.get());
        } else {
            outcome.onGaveUp(lastError);
        }
    }

    private void runAttempt(long id, int number) {
        CompletableFuture<?> result;
        synchronized (this) {
            if (!current(id)) {
                return;
            }
            cancelWaiting = null;
        }
        try {
            result = attempt.run(number);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((v, error) -> finished(id, number, error));
    }

    private void finished(long id, int number, Throwable error) {
        synchronized (this) {
            if (!current(id)) {
                return;
            }
            if (error == null || permanent(error)) {
                running = false;
            }
        }
        if (error == null) {
            outcome.onReconnected();
        } else if (permanent(error)) {
            outcome.onRefused(unwrap(error));
        } else {
            LOG.info("reconnect attempt {} failed: {}", number, unwrap(error).getMessage());
            scheduleNext(id, unwrap(error));
        }
    }

    private boolean current(long id) {
        return running && id == outage;
    }

    /** Whether retrying cannot help: the server refused with {@code FORBIDDEN} or {@code NOT_FOUND}. */
    public static boolean permanent(Throwable error) {
        return unwrap(error) instanceof SignallingException s && PERMANENT.contains(s.code());
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
