package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.app.ui.service.VideoFeed;

/**
 * What the user controls of their own media in a call, whichever connection (leg) carries it:
 * mute and camera-off (kept, so a rejoined leg announces them again), device switches, and the
 * preview feeds handed to the UI (ended before the sources close).
 */
final class LocalControls {
    private final LocalMedia local;
    private final List<LiveVideoFeed> previews = new CopyOnWriteArrayList<>();
    private volatile boolean microphoneMuted;
    private volatile boolean cameraOff;

    LocalControls(LocalMedia local) {
        this.local = local;
    }

    /** The tracks to publish on every leg: video, audio (null where none). */
    MediaStreamTrack[] tracks() {
        return new MediaStreamTrack[] {local.video().orElse(null), local.audio().orElse(null)};
    }

    /** Starts capturing once the first leg published. */
    void start() {
        local.start();
    }

    boolean sendsAudio() {
        return local.audio().isPresent();
    }

    boolean sendsVideo() {
        return local.video().isPresent();
    }

    boolean soundDeviceAvailable() {
        return local.soundDevice();
    }

    Optional<VideoFeed> preview() {
        return local.video().map(track -> {
            LiveVideoFeed feed = new LiveVideoFeed(track);
            previews.add(feed);
            return feed;
        });
    }

    void setMicrophoneMuted(boolean muted, Optional<CallLeg> leg) {
        microphoneMuted = muted;
        local.audio().ifPresent(track -> track.setEnabled(!muted));
        leg.ifPresent(l -> l.announcePause("audio", muted));
    }

    void setCameraOff(boolean off, Optional<CallLeg> leg) {
        cameraOff = off;
        local.video().ifPresent(track -> track.setEnabled(!off));
        leg.ifPresent(l -> l.announcePause("video", off));
    }

    /** A new leg tells the room what was muted or turned off before it existed. */
    void announceTo(CallLeg leg) {
        if (microphoneMuted) {
            leg.announcePause("audio", true);
        }
        if (cameraOff) {
            leg.announcePause("video", true);
        }
    }

    CompletableFuture<Void> switchCamera(String cameraId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchCamera(cameraId)) {
                throw new UnsupportedOperationException("this call can only switch between cameras");
            }
        });
    }

    CompletableFuture<Void> switchMicrophone(String microphoneId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchMicrophone(microphoneId)) {
                throw new UnsupportedOperationException("this call can only switch between microphones it finds");
            }
        });
    }

    CompletableFuture<Void> switchSpeaker(String speakerId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchSpeaker(speakerId)) {
                throw new UnsupportedOperationException(local.soundDevice()
                        ? "this speaker is not available" : "there is no sound device");
            }
        });
    }

    /** Detaches the UI from our tracks; call before any leg or source closes. */
    void endPreviews() {
        previews.forEach(LiveVideoFeed::end);
    }

    /** Stops and disposes the sources, after every leg closed. */
    void close() {
        local.close();
    }
}
