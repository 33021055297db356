package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SineTone;
import org.vtp.client.media.SineToneSource;
import org.vtp.client.media.SyntheticVideoSource;

/**
 * The tracks a call sends, built from a {@link MediaChoice}: a camera ({@link VideoDeviceSource})
 * or the test pattern, and the test tone. Microphones cannot be captured yet: {@link MediaEngine}
 * offers no recording audio module (the default one aborts the JVM without PulseAudio), so a
 * chosen microphone sends nothing and the call says so.
 *
 * <p>Closing: after the peer connection is closed, {@link #close()} stops and disposes the
 * sources; the engine is closed by the owner afterwards.
 */
final class LocalMedia implements AutoCloseable {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 15;

    private final VideoTrack video;
    private final AudioTrack audio;
    private final VideoDeviceSource camera;
    private final SyntheticVideoSource pattern;
    private final SineToneSource tone;

    private LocalMedia(VideoTrack video, AudioTrack audio, VideoDeviceSource camera, SyntheticVideoSource pattern,
                       SineToneSource tone) {
        this.video = video;
        this.audio = audio;
        this.camera = camera;
        this.pattern = pattern;
        this.tone = tone;
    }

    /** The audio mode an engine needs for this choice (the tone needs the dummy module). */
    static AudioMode audioModeFor(MediaChoice choice) {
        return choice.microphoneId().filter(DeviceInfo.TEST_TONE_ID::equals).isPresent()
                ? AudioMode.SYNTHETIC : AudioMode.HEADLESS_PLAYOUT;
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
        AudioTrack audio = null;
        if (engine.audioMode() == AudioMode.SYNTHETIC) {
            tone = new SineToneSource(engine, scheduler, new SineTone(48_000, 440, 0.2));
            audio = engine.createAudioTrack("microphone", tone.source());
        }
        return new LocalMedia(video, audio, camera, pattern, tone);
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
