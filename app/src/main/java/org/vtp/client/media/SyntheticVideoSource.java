package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Pushes {@link TestPattern} frames into a {@link CustomVideoSource} at a fixed rate on a scheduler
 * the caller owns. Each frame's native buffer is released right after the push (libwebrtc keeps
 * its own reference while encoding).
 *
 * <p>Closing: close the peer connections that send this source's track first, then
 * {@link #close()}, which stops the timer and disposes the native source.
 */
public final class SyntheticVideoSource implements AutoCloseable {
    private final CustomVideoSource source = new CustomVideoSource();
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoClock;
    private final int width;
    private final int height;
    private final int fps;
    private ScheduledFuture<?> timer;
    private long framesPushed;
    private boolean closed;

    /**
     * @param nanoClock monotonic nanoseconds for frame timestamps (e.g. {@code System::nanoTime})
     */
    public SyntheticVideoSource(ScheduledExecutorService scheduler, LongSupplier nanoClock,
                                int width, int height, int fps) {
        if (width < 32 || height < 32 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and at least 32");
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be 1-60");
        }
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
        this.width = width;
        this.height = height;
        this.fps = fps;
    }

    /** The native source to create a video track from; owned by this object. */
    public CustomVideoSource source() {
        return source;
    }

    public synchronized void start() {
        if (closed || timer != null) {
            return;
        }
        long periodMicros = 1_000_000L / fps;
        timer = scheduler.scheduleAtFixedRate(this::pushOne, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Pushes one frame now; also what the timer calls. */
    public synchronized void pushOne() {
        if (closed) {
            return;
        }
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        TestPattern.paint(I420Planes.of(buffer), framesPushed);
        VideoFrame frame = new VideoFrame(buffer, nanoClock.getAsLong());
        try {
            source.pushFrame(frame);
            framesPushed++;
        } finally {
            frame.release();
        }
    }

    public synchronized long framesPushed() {
        return framesPushed;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Stops the timer and disposes the native source. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timer != null) {
            timer.cancel(false);
        }
        source.dispose();
    }
}
