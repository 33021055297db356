package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    @Test
    void tasksRunInOrderAndOneFailureDoesNotStopTheRest() {
        ArrayDeque<Runnable> delegated = new ArrayDeque<>();
        SerialExecutor serial = new SerialExecutor(delegated::add);
        List<Integer> ran = new ArrayList<>();

        serial.execute(() -> ran.add(1));
        serial.execute(() -> {
            throw new IllegalStateException("boom");
        });
        serial.execute(() -> ran.add(3));

        assertThat(delegated).hasSize(1);
        delegated.poll().run();
        assertThat(ran).containsExactly(1, 3);
    }
}
