package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.client.media.AudioDevices;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SineTone;
import org.vtp.client.media.SineToneSource;
import org.vtp.client.media.SoundServerProbe;
import org.vtp.client.media.SyntheticVideoSource;

/**
 * The tracks a call sends, built from a {@link MediaChoice}: a camera ({@link VideoDeviceSource})
 * or the test pattern, and a microphone (the engine's recording device, {@link AudioMode#DEVICES})
 * or the test tone ({@link AudioMode#SYNTHETIC}); also where received audio is played. Without a
 * sound server the engine runs {@link AudioMode#HEADLESS_PLAYOUT}: no microphone is sent, nothing is
 * heard, and the call says so.
 *
 * <p>Closing: after the peer connection is closed, {@link #close()} stops and disposes the
 * sources; the engine is closed by the owner afterwards.
 */
final class LocalMedia implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalMedia.class);
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 15;
    private static final Duration DEVICE_TIMEOUT = Duration.ofSeconds(3);

    private final VideoTrack video;
    private final AudioTrack audio;
    private final VideoDeviceSource camera;
    private final SyntheticVideoSource pattern;
    private final SineToneSource tone;
    private final AudioTrackSource microphone;
    private final MediaEngine engine;
    private final AudioDevices devices;

    private LocalMedia(VideoTrack video, AudioTrack audio, VideoDeviceSource camera, SyntheticVideoSource pattern,
                       SineToneSource tone, AudioTrackSource microphone, MediaEngine engine, AudioDevices devices) {
        this.video = video;
        this.audio = audio;
        this.camera = camera;
        this.pattern = pattern;
        this.tone = tone;
        this.microphone = microphone;
        this.engine = engine;
        this.devices = devices;
    }

    /** The audio mode for this choice on this machine (asks the {@link SoundServerProbe}). */
    static AudioMode audioModeFor(MediaChoice choice) {
        return audioModeFor(choice, SoundServerProbe.ofThisProcess().platformAudioUsable());
    }

    /**
     * The tone needs the dummy module; otherwise the sound devices when a sound server answers
     * (also when sending no microphone: the speaker still plays), else headless playout.
     */
    static AudioMode audioModeFor(MediaChoice choice, boolean soundServer) {
        if (choice.microphoneId().filter(DeviceInfo.TEST_TONE_ID::equals).isPresent()) {
            return AudioMode.SYNTHETIC;
        }
        return soundServer ? AudioMode.DEVICES : AudioMode.HEADLESS_PLAYOUT;
    }

    static LocalMedia create(MediaEngine engine, MediaChoice choice, ScheduledExecutorService scheduler) {
        VideoDeviceSource camera = null;
        SyntheticVideoSource pattern = null;
        VideoTrack video = null;
        Optional<String> cameraId = choice.cameraId();
        if (cameraId.filter(DeviceInfo.TEST_PATTERN_ID::equals).isPresent()) {
            pattern = new SyntheticVideoSource(scheduler, System::nanoTime, WIDTH, HEIGHT, FPS);
            video = engine.createVideoTrack("camera", pattern.source());
        } else if (cameraId.isPresent()) {
            Optional<VideoDevice> device = findCamera(cameraId.get());
            if (device.isPresent()) {
                camera = new VideoDeviceSource();
                camera.setVideoCaptureDevice(device.get());
                video = engine.createVideoTrack("camera", camera);
            }
        }
        SineToneSource tone = null;
        AudioTrackSource microphone = null;
        AudioTrack audio = null;
        AudioDevices devices = new AudioDevices(SoundServerProbe.ofThisProcess(), DEVICE_TIMEOUT);
        if (engine.audioMode() == AudioMode.SYNTHETIC) {
            tone = new SineToneSource(engine, scheduler, new SineTone(48_000, 440, 0.2));
            audio = engine.createAudioTrack("microphone", tone.source());
        } else if (engine.audioMode() == AudioMode.DEVICES) {
            choice.speakerId().flatMap(devices::speaker).ifPresent(s -> useOrDefault(() -> engine.useSpeaker(s), s));
            Optional<AudioDevice> mic = choice.microphoneId().flatMap(devices::microphone);
            if (mic.isPresent()) {
                useOrDefault(() -> engine.useMicrophone(mic.get()), mic.get());
                microphone = engine.createMicrophoneSource();
                audio = engine.createAudioTrack("microphone", microphone);
            }
        }
        return new LocalMedia(video, audio, camera, pattern, tone, microphone, engine, devices);
    }

    /** A device that cannot be chosen at join leaves the system default in use (switching later says why). */
    private static void useOrDefault(Runnable choose, AudioDevice device) {
        try {
            choose.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot use {}, staying on the system default: {}", device.getName(), e.getMessage());
        }
    }

    static Optional<VideoDevice> findCamera(String descriptor) {
        return MediaDevices.getVideoCaptureDevices().stream()
                .filter(d -> d.getDescriptor().equals(descriptor)).findFirst();
    }

    Optional<VideoTrack> video() {
        return Optional.ofNullable(video);
    }

    Optional<AudioTrack> audio() {
        return Optional.ofNullable(audio);
    }

    /** Starts capturing once the tracks are published. */
    void start() {
        if (camera != null) {
            camera.start();
        }
        if (pattern != null) {
            pattern.start();
        }
        if (tone != null) {
            tone.start();
        }
    }

    /** Moves the running camera source to another device; false when not capturing a camera. */
    synchronized boolean switchCamera(String descriptor) {
        Optional<VideoDevice> device = findCamera(descriptor);
        if (camera == null || device.isEmpty()) {
            return false;
        }
        camera.stop();
        camera.setVideoCaptureDevice(device.get());
        camera.start();
        return true;
    }

    /** Records from another microphone; false when not sending a real microphone or it is gone. */
    synchronized boolean switchMicrophone(String descriptor) {
        if (microphone == null) {
            return false;
        }
        Optional<AudioDevice> device = devices.microphone(descriptor);
        device.ifPresent(engine::useMicrophone);
        return device.isPresent();
    }

    /** Plays to another speaker; false without sound devices or when that speaker is gone. */
    synchronized boolean switchSpeaker(String descriptor) {
        if (engine.audioMode() != AudioMode.DEVICES) {
            return false;
        }
        Optional<AudioDevice> device = devices.speaker(descriptor);
        device.ifPresent(engine::useSpeaker);
        return device.isPresent();
    }

    /** False when no sound server answered (headless playout: nothing sent, nothing heard). */
    boolean soundDevice() {
        return engine.audioMode() != AudioMode.HEADLESS_PLAYOUT;
    }

    @Override
    public synchronized void close() {
        if (camera != null) {
            camera.stop();
            camera.dispose();
        }
        if (pattern != null) {
            pattern.close();
        }
        if (tone != null) {
            tone.close();
        }
    }
}
