package org.vtp.app.ui;

import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import org.vtp.client.media.I420Planes;
import org.vtp.client.media.TestPattern;

/** Native I420 frames painted with the {@link TestPattern}, as a decoder would deliver them. */
final class TestFrames {
    static {
        // The native library is loaded by PeerConnectionFactory's class initialiser; in the app a
        // media engine exists before any frame does. Initialising the class creates no factory.
        try {
            Class.forName("dev.onvoid.webrtc.PeerConnectionFactory", true, TestFrames.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TestFrames() {
    }

    /** A frame holding one reference; whoever receives it releases it. */
    static VideoFrame pattern(int width, int height, long frameNumber) {
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        TestPattern.paint(I420Planes.of(buffer), frameNumber);
        return new VideoFrame(buffer, frameNumber * 33_000_000L);
    }
}
