package org.vtp.app.ui.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Fixed device lists; never touches webrtc-java's MediaDevices. */
public final class FakeDeviceCatalog implements DeviceCatalog {
    public static final DeviceInfo WEBCAM = new DeviceInfo("/dev/video0", "Integrated Webcam");
    public static final DeviceInfo HEADSET = new DeviceInfo("alsa:headset", "USB Headset");
    public CompletableFuture<List<DeviceInfo>> cameras =
            CompletableFuture.completedFuture(List.of(WEBCAM, DeviceInfo.testPattern()));
    public CompletableFuture<List<DeviceInfo>> microphones = CompletableFuture.completedFuture(List.of(HEADSET));

    @Override
    public CompletableFuture<List<DeviceInfo>> cameras() {
        return cameras;
    }

    @Override
    public CompletableFuture<List<DeviceInfo>> microphones() {
        return microphones;
    }
}
