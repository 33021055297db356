package org.vtp.app.ui.service;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A joined call. The ViewModel sets one listener; the model then replays who is already there
 * and the current state, and reports changes from then on.
 */
public interface CallModel {
    String roomId();

    String displayName();

    /** The class's name as its host named it (the join answer's {@code roomName}); the code when unknown. */
    String className();

    /** Whether a microphone is being sent (else the mute toggle is disabled). */
    boolean sendsAudio();

    /**
     * Whether this call has a sound device (or deliberately sends the test tone). False when no
     * sound server answered: then no microphone is sent, nothing is heard, and the UI says so.
     */
    default boolean soundDeviceAvailable() {
        return true;
    }

    /** Whether a camera (or the test pattern) is being sent. */
    boolean sendsVideo();

    /** What our own camera shows, when sending video. */
    Optional<VideoFeed> localPreview();

    void setListener(CallEvents listener);

    void setMicrophoneMuted(boolean muted);

    void setCameraOff(boolean off);

    /** Switches the camera being sent; fails when this call cannot switch to that device. */
    CompletableFuture<Void> switchCamera(String cameraId);

    /** Switches the microphone being sent; fails when this call cannot switch to that device. */
    CompletableFuture<Void> switchMicrophone(String microphoneId);

    /** Plays received audio to another speaker; fails when this call has no sound device. */
    default CompletableFuture<Void> switchSpeaker(String speakerId) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this call plays no sound"));
    }

    /**
     * Starts or stops sharing the screen as an extra video track; completes once the room was told
     * (or fails with a message fit for the user). Default: this call cannot share.
     */
    default CompletableFuture<Void> shareScreen(boolean on) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("screen sharing is not available"));
    }

    /**
     * After the call was {@link ConnectionState#LOST}: starts rejoining again (state
     * {@link ConnectionState#RECONNECTING}); fails when the call is not lost. Default: cannot.
     */
    default CompletableFuture<Void> rejoin() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this call cannot rejoin"));
    }

    /** Leaves the room and releases all media; completes when done. Idempotent. */
    CompletableFuture<Void> leave();
}
