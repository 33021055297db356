package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeviceQueryTest {
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void answersTheDevicesFound() throws Exception {
        assertThat(DeviceQuery.<String>ask("test", () -> List.of("cam0", "cam1"), SHORT).get(5, TimeUnit.SECONDS))
                .containsExactly("cam0", "cam1");
    }

    @Test
    void aQueryThatHangsAnswersAnEmptyListAfterTheTimeoutOnADaemonThread() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Thread> asker = new AtomicReference<>();
        List<String> answer = DeviceQuery.<String>ask("hanging", () -> {
            asker.set(Thread.currentThread());
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of("late");
        }, SHORT).get(5, TimeUnit.SECONDS);

        assertThat(answer).isEmpty();
        assertThat(asker.get().isDaemon()).isTrue();
        never.countDown();
    }

    @Test
    void aQueryThatFailsAnswersAnEmptyList() throws Exception {
        assertThat(DeviceQuery.<String>ask("failing", () -> {
            throw new IllegalStateException("no devices");
        }, SHORT).get(5, TimeUnit.SECONDS)).isEmpty();
    }
}
