package org.vtp.client.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.audio.AudioLayer;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSource;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one webrtc-java {@link PeerConnectionFactory} and the audio device module under it.
 *
 * <p>Closing order matters to libwebrtc (otherwise "Native object was not deleted" or a JVM that
 * never exits): the owner first closes every peer connection it created here and waits for it to
 * be closed, then disposes tracks and sources, and only then calls {@link #close()}, which
 * disposes the factory and after it the audio module.
 *
 * <p>Never touches {@code MediaDevices} (its audio queries hang without PulseAudio). In
 * {@link AudioMode#DEVICES} libwebrtc starts recording when the first audio track is sent and
 * playout when the first remote audio arrives; {@link #useMicrophone} and {@link #useSpeaker} pick
 * the devices, also during a call.
 */
public final class MediaEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MediaEngine.class);

    private final AudioMode audioMode;
    private final AudioDeviceModuleBase audioModule;
    private final PeerConnectionFactory factory;
    /** Linux only: the platform module ignores the chosen device there (see PulseStreamRouter). */
    private final PulseStreamRouter pulse;
    private boolean closed;

    public MediaEngine(AudioMode audioMode) {
        this.audioMode = audioMode;
        this.audioModule = createAudioModule(audioMode);
        this.factory = new PeerConnectionFactory(audioModule);
        this.pulse = audioMode == AudioMode.DEVICES && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                ? new PulseStreamRouter(ProcessHandle.current().pid()) : null;
    }

    private static AudioDeviceModuleBase createAudioModule(AudioMode mode) {
        if (mode == AudioMode.SYNTHETIC) {
            return new AudioDeviceModule(AudioLayer.kDummyAudio);
        }
        if (mode == AudioMode.DEVICES) {
            if (!SoundServerProbe.ofThisProcess().platformAudioUsable()) {
                throw new IllegalStateException("no sound server answers: the platform audio module would abort");
            }
            return new AudioDeviceModule();
        }
        HeadlessAudioDeviceModule module = new HeadlessAudioDeviceModule();
        module.initPlayout();
        module.startPlayout();
        return module;
    }

    public AudioMode audioMode() {
        return audioMode;
    }

    public RTCPeerConnection createPeerConnection(RTCConfiguration config, PeerConnectionObserver observer) {
        return factory().createPeerConnection(config, observer);
    }

    public VideoTrack createVideoTrack(String trackId, VideoTrackSource source) {
        return factory().createVideoTrack(trackId, source);
    }

    public AudioTrack createAudioTrack(String trackId, AudioTrackSource source) {
        return factory().createAudioTrack(trackId, source);
    }

    /**
     * {@link AudioMode#DEVICES} only: a source fed by the audio module's recording device (the
     * microphone set by {@link #useMicrophone}, else the system default).
     */
    public AudioTrackSource createMicrophoneSource() {
        requireDevices();
        return factory().createAudioSource(new AudioOptions());
    }

    /**
     * Records from {@code microphone} from now on: stop, set, init, start (libwebrtc refuses a set
     * while initialised); on Linux the new stream is then moved to it. Throws when it cannot.
     */
    public synchronized void useMicrophone(AudioDevice microphone) {
        requireDevices();
        audioModule.stopRecording();
        audioModule.setRecordingDevice(microphone);
        audioModule.initRecording();
        audioModule.startRecording();
        if (pulse != null) {
            pulse.moveRecording(microphone.getDescriptor());
        }
        LOG.info("recording from {}", microphone.getName());
    }

    /**
     * Plays received audio to {@code speaker} from now on: stop, set, init, start, and on Linux a
     * move of the new stream. Throws when it cannot.
     */
    public synchronized void useSpeaker(AudioDevice speaker) {
        requireDevices();
        audioModule.stopPlayout();
        audioModule.setPlayoutDevice(speaker);
        audioModule.initPlayout();
        audioModule.startPlayout();
        if (pulse != null) {
            pulse.movePlayback(speaker.getDescriptor());
        }
        LOG.info("playing to {}", speaker.getName());
    }

    private void requireDevices() {
        if (audioMode != AudioMode.DEVICES) {
            throw new IllegalStateException("sound devices need AudioMode.DEVICES, not " + audioMode);
        }
        factory();
    }

    /** The raw factory, for what this wrapper does not cover; never dispose it directly. */
    public synchronized PeerConnectionFactory factory() {
        if (closed) {
            throw new IllegalStateException("media engine is closed");
        }
        return factory;
    }

    /** Disposes the factory, then the audio module. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (audioMode == AudioMode.DEVICES) {
            audioModule.stopRecording();
        }
        if (audioMode != AudioMode.SYNTHETIC) {
            audioModule.stopPlayout();
        }
        factory.dispose();
        audioModule.dispose();
        LOG.debug("media engine closed ({})", audioMode);
    }
}
