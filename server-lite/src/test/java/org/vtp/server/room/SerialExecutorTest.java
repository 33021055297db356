package org.vtp.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Ordering and isolation of room tasks, with a hand-cranked pool. */
class SerialExecutorTest {

    /** A pool that runs queued jobs only when the test says so. */
    static final class ManualPool implements Executor {
        final Queue<Runnable> jobs = new ArrayDeque<>();

        @Override
        public void execute(Runnable job) {
            jobs.add(job);
        }

        void runAll() {
            Runnable job;
            while ((job = jobs.poll()) != null) {
                job.run();
            }
        }
    }

    private final ManualPool pool = new ManualPool();
    private final SerialExecutor serial = new SerialExecutor(pool);
    private final List<Integer> ran = new ArrayList<>();

    @Test
    void tasksRunInSubmissionOrderAsOnePoolJob() {
        serial.execute(() -> ran.add(1));
        serial.execute(() -> ran.add(2));
        serial.execute(() -> ran.add(3));

        assertThat(pool.jobs).hasSize(1);
        pool.runAll();

        assertThat(ran).containsExactly(1, 2, 3);
    }

    @Test
    void aFailingTaskDoesNotStopTheNext() {
        serial.execute(() -> {
            throw new IllegalStateException("boom");
        });
        serial.execute(() -> ran.add(2));

        pool.runAll();

        assertThat(ran).containsExactly(2);
    }

    @Test
    void aTaskSubmittedByATaskRunsAfterIt() {
        serial.execute(() -> {
            serial.execute(() -> ran.add(2));
            ran.add(1);
        });

        pool.runAll();

        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void tasksAfterThePoolStoppedAreDroppedQuietly() {
        SerialExecutor stopped = new SerialExecutor(job -> {
            throw new RejectedExecutionException("stopped");
        });

        stopped.execute(() -> ran.add(1));

        assertThat(ran).isEmpty();
    }
}
