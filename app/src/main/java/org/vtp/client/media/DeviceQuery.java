package org.vtp.client.media;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One webrtc-java device list, asked on a fresh daemon thread with a timeout: the audio queries
 * hang forever without PulseAudio (LIBRARY-NOTES), and a hung daemon thread cannot keep the JVM
 * alive. A failure or timeout answers an empty list (and is logged).
 */
public final class DeviceQuery {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceQuery.class);

    private DeviceQuery() {
    }

    public static <T> CompletableFuture<List<T>> ask(String what, Supplier<? extends List<? extends T>> devices,
                                                    Duration timeout) {
        CompletableFuture<List<T>> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(List.copyOf(devices.get()));
            } catch (RuntimeException | LinkageError e) {
                answer.completeExceptionally(e);
            }
        }, "vtp-device-query-" + what);
        thread.setDaemon(true);
        thread.start();
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> {
            LOG.warn("listing {} failed or timed out: {}", what, e.toString());
            return List.of();
        });
    }
}
