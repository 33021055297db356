package org.vtp.app.ui.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Fixed device lists; never touches webrtc-java's MediaDevices. */
public final class FakeDeviceCatalog implements DeviceCatalog {
    public static final DeviceInfo WEBCAM = new DeviceInfo("/dev/video0", "Integrated Webcam");
    public static final DeviceInfo HEADSET = new DeviceInfo("alsa:headset", "USB Headset");
    public CompletableFuture<List<DeviceInfo>> cameras =
            CompletableFuture.completedFuture(List.of(WEBCAM, DeviceInfo.testPattern()));
    public static final DeviceInfo SPEAKERS = new DeviceInfo("alsa_output.speakers", "Built-in Speakers");
    public static final DeviceInfo HEADPHONES = new DeviceInfo("alsa_output.headset", "USB Headset");
    public CompletableFuture<List<DeviceInfo>> microphones = CompletableFuture.completedFuture(List.of(HEADSET));
    public CompletableFuture<List<DeviceInfo>> speakers = CompletableFuture.completedFuture(List.of(SPEAKERS, HEADPHONES));

    @Override
    public CompletableFuture<List<DeviceInfo>> cameras() {
        return cameras;
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> microphones() {
        return microphones;
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> speakers() {
        return speakers;
    }
}
