package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaDevices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.vtp.app.ui.service.DeviceCatalog;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.client.media.AudioDevices;
import org.vtp.client.media.DeviceQuery;
import org.vtp.client.media.SoundServerProbe;

/**
 * Devices from webrtc-java's {@link MediaDevices}, plus the synthetic test pattern and tone.
 *
 * <p>Every query goes through {@link DeviceQuery} (a daemon thread with a timeout: the audio
 * queries hang forever without PulseAudio). Audio devices are only asked for when {@link SoundServerProbe} finds a sound server (see
 * {@link AudioDevices}). After a timeout the list holds only the synthetic entries.
 */
public final class WebRtcDeviceCatalog implements DeviceCatalog {
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
        return DeviceQuery.<Device>ask("cameras", MediaDevices::getVideoCaptureDevices, TIMEOUT).thenApply(found -> {
            List<DeviceInfo> list = new ArrayList<>(infos(found));
            list.add(DeviceInfo.testPattern());
            return list;
        });
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
}
