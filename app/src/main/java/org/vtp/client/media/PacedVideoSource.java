package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes frames into a {@link CustomVideoSource} at a fixed rate on a scheduler the caller owns;
 * subclasses say what the next frame shows. Each frame's native buffer is released right after
 * the push (libwebrtc keeps its own reference while encoding). A frame that fails is skipped: an
 * exception escaping a fixed-rate task would silently stop the timer.
 *
 * <p>Closing: stop sending the track (close its producer or the peer connection) first, then
 * {@link #close()}, which stops the timer and disposes the native source.
 */
abstract class PacedVideoSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PacedVideoSource.class);

    private final CustomVideoSource source = new CustomVideoSource();
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoClock;
    private final int fps;
    private ScheduledFuture<?> timer;
    private long framesPushed;
    private boolean closed;

    /** @param nanoClock monotonic nanoseconds for frame timestamps (e.g. {@code System::nanoTime}) */
    PacedVideoSource(ScheduledExecutorService scheduler, LongSupplier nanoClock, int fps) {
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
        this.fps = fps;
    }

    /** The next frame, painted into a freshly allocated buffer; called under this object's lock. */
    protected abstract NativeI420Buffer nextFrame(long frameNumber);

    /** The native source to create a video track from; owned by this object. */
    public CustomVideoSource source() {
        return source;
    }

    public synchronized void start() {
        if (closed || timer != null) {
            return;
        }
        timer = scheduler.scheduleAtFixedRate(this::pushOneSafely, 0, 1_000_000L / fps, TimeUnit.MICROSECONDS);
    }

    private void pushOneSafely() {
        try {
            pushOne();
        } catch (RuntimeException e) {
            LOG.debug("{} frame skipped", getClass().getSimpleName(), e);
        }
    }

    /** Pushes one frame now; also what the timer calls. */
    public synchronized void pushOne() {
        if (closed) {
            return;
        }
        VideoFrame frame = new VideoFrame(nextFrame(framesPushed), nanoClock.getAsLong());
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
