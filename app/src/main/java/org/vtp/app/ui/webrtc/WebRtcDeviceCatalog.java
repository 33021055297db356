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
import org.vtp.client.media.AudioDevices;
import org.vtp.client.media.SoundServerProbe;

/**
 * Devices from webrtc-java's {@link MediaDevices}, plus the synthetic test pattern and tone.
 *
 * <p>Every query runs on a fresh daemon thread with a timeout: {@code getAudioCaptureDevices()}
 * hangs forever without PulseAudio (LIBRARY-NOTES), and a hung daemon thread cannot keep the JVM
 * alive. Audio devices are only asked for when {@link SoundServerProbe} finds a sound server (see
 * {@link AudioDevices}). After a timeout the list holds only the synthetic entries.
 */
public final class WebRtcDeviceCatalog implements DeviceCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(WebRtcDeviceCatalog.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final AudioDevices audio;

    /** Asks about sound devices only if this process finds a sound server. */
    public WebRtcDeviceCatalog() {
        this(SoundServerProbe.ofThisProcess());
    }

    public WebRtcDeviceCatalog(SoundServerProbe probe) {
        this.audio = new AudioDevices(probe, TIMEOUT);
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> cameras() {
        return query("cameras", MediaDevices::getVideoCaptureDevices, DeviceInfo.testPattern());
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> microphones() {
        return audio.microphones().thenApply(found -> {
            List<DeviceInfo> list = new ArrayList<>(infos(found));
            list.add(DeviceInfo.testTone());
            return list;
        });
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> speakers() {
        return audio.speakers().thenApply(WebRtcDeviceCatalog::infos);
    }

    private static List<DeviceInfo> infos(List<? extends Device> devices) {
        return devices.stream().map(d -> new DeviceInfo(d.getDescriptor(), d.getName())).toList();
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
