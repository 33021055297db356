package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaDevices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.DeviceCatalog;
import org.vtp.app.ui.service.DeviceInfo;

/**
 * Devices from webrtc-java's {@link MediaDevices}, plus the synthetic test pattern and tone.
 *
 * <p>Every query runs on a fresh daemon thread with a timeout: {@code getAudioCaptureDevices()}
 * hangs forever without PulseAudio (LIBRARY-NOTES), and a hung daemon thread cannot keep the JVM
 * alive. After a timeout the list holds only the synthetic entries.
 */
public final class WebRtcDeviceCatalog implements DeviceCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(WebRtcDeviceCatalog.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Override
    public CompletableFuture<List<DeviceInfo>> cameras() {
        return query("cameras", MediaDevices::getVideoCaptureDevices, DeviceInfo.testPattern());
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> microphones() {
        return query("microphones", MediaDevices::getAudioCaptureDevices, DeviceInfo.testTone());
    }

    private static CompletableFuture<List<DeviceInfo>> query(String what, Supplier<List<? extends Device>> devices,
                                                             DeviceInfo synthetic) {
        CompletableFuture<List<DeviceInfo>> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                List<DeviceInfo> found = new ArrayList<>();
                devices.get().forEach(d -> found.add(new DeviceInfo(d.getDescriptor(), d.getName())));
                found.add(synthetic);
                answer.complete(found);
            } catch (RuntimeException | LinkageError e) {
                answer.completeExceptionally(e);
            }
        }, "vtp-device-query-" + what);
        thread.setDaemon(true);
        thread.start();
        return answer.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> {
            LOG.warn("listing {} failed or timed out ({}); offering only the synthetic one", what, e.toString());
            return List.of(synthetic);
        });
    }
}
