package org.vtp.app.ui.service;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A call whose events the test raises through {@link #events()}; records the toggles. */
public final class FakeCall implements CallModel {
    private final String roomId;
    private final String name;
    private final boolean audio;
    private final boolean video;
    public final FakeVideoFeed preview = new FakeVideoFeed();
    public volatile CallEvents listener;
    public volatile boolean microphoneMuted;
    public volatile boolean cameraOff;
    public volatile String switchedCamera;
    public volatile String switchedMicrophone;
    public volatile String switchedSpeaker;
    /** False = no sound server answered (nothing sent or heard). */
    public volatile boolean soundDevice = true;
    /** What the next {@link #switchSpeaker} answers; completed by default. */
    public volatile CompletableFuture<Void> speakerAnswer = CompletableFuture.completedFuture(null);
    public volatile int leaves;
    public volatile boolean sharingScreen;
    public volatile String className = "Physics 7b";
    public volatile int rejoins;
    /** What the next {@link #shareScreen} answers; completed by default. */
    public volatile CompletableFuture<Void> shareAnswer = CompletableFuture.completedFuture(null);

    public FakeCall(String roomId, String name, boolean audio, boolean video) {
        this.roomId = roomId;
        this.name = name;
        this.audio = audio;
        this.video = video;
    }

    public CallEvents events() {
        return listener;
    }

    @Override
    public String roomId() {
        return roomId;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String className() {
        return className;
    }

    @Override
    public CompletableFuture<Void> rejoin() {
        rejoins++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean sendsAudio() {
        return audio;
    }

    @Override
    public boolean sendsVideo() {
        return video;
    }

    @Override
    public Optional<VideoFeed> localPreview() {
        return video ? Optional.of(preview) : Optional.empty();
    }

    @Override
    public void setListener(CallEvents listener) {
        this.listener = listener;
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        microphoneMuted = muted;
    }

    @Override
    public void setCameraOff(boolean off) {
        cameraOff = off;
    }

    @Override
    public CompletableFuture<Void> switchCamera(String cameraId) {
        switchedCamera = cameraId;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> switchMicrophone(String microphoneId) {
        switchedMicrophone = microphoneId;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> switchSpeaker(String speakerId) {
        switchedSpeaker = speakerId;
        return speakerAnswer;
    }

    @Override
    public boolean soundDeviceAvailable() {
        return soundDevice;
    }

    @Override
    public CompletableFuture<Void> shareScreen(boolean on) {
        sharingScreen = on;
        return shareAnswer;
    }

    @Override
    public CompletableFuture<Void> leave() {
        leaves++;
        return CompletableFuture.completedFuture(null);
    }
}
