package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * {@link TestPattern} frames (colour bars, a moving marker, the frame number in pixels) at a fixed
 * rate: the synthetic camera of tests and of headless participants.
 */
public final class SyntheticVideoSource extends PacedVideoSource {
    private final int width;
    private final int height;

    /**
     * @param nanoClock monotonic nanoseconds for frame timestamps (e.g. {@code System::nanoTime})
     */
    public SyntheticVideoSource(ScheduledExecutorService scheduler, LongSupplier nanoClock,
                                int width, int height, int fps) {
        super(scheduler, nanoClock, fps);
        if (width < 32 || height < 32 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and at least 32");
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be 1-60");
        }
        this.width = width;
        this.height = height;
    }

    @Override
    protected NativeI420Buffer nextFrame(long frameNumber) {
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        TestPattern.paint(I420Planes.of(buffer), frameNumber);
        return buffer;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
