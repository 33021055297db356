package org.vtp.client.media;

import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * webrtc-java's microphone and speaker lists, asked only when {@link SoundServerProbe} says a sound
 * server answers, and then through {@link DeviceQuery} (daemon thread, timeout). Answers an empty
 * list otherwise.
 */
public final class AudioDevices {
    private final SoundServerProbe probe;
    private final Duration timeout;

    public AudioDevices(SoundServerProbe probe, Duration timeout) {
        this.probe = probe;
        this.timeout = timeout;
    }

    public CompletableFuture<List<AudioDevice>> microphones() {
        return query("microphones", MediaDevices::getAudioCaptureDevices);
    }

    public CompletableFuture<List<AudioDevice>> speakers() {
        return query("speakers", MediaDevices::getAudioRenderDevices);
    }

    /** The microphone with this descriptor, waiting at most the timeout. */
    public Optional<AudioDevice> microphone(String descriptor) {
        return find(microphones(), descriptor);
    }

    /** The speaker with this descriptor, waiting at most the timeout. */
    public Optional<AudioDevice> speaker(String descriptor) {
        return find(speakers(), descriptor);
    }

    private static Optional<AudioDevice> find(CompletableFuture<List<AudioDevice>> devices, String descriptor) {
        return devices.join().stream().filter(d -> descriptor.equals(d.getDescriptor())).findFirst();
    }

    private CompletableFuture<List<AudioDevice>> query(String what, Supplier<List<AudioDevice>> devices) {
        if (!probe.platformAudioUsable()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return DeviceQuery.ask(what, devices, timeout);
    }
}
