package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screen frames from a {@link ScreenGrabber} into a {@link CustomVideoSource} at a fixed, modest
 * rate on the caller's scheduler: each grab is scaled down to at most {@code maxWidth} (even
 * sizes, aspect kept), converted with {@link ArgbToI420} and pushed. The scaled image and pixel
 * array are reused while the screen size stays the same.
 *
 * <p>Closing: stop sending the track (close its producer or the peer connection) first, then
 * {@link #close()}, which stops the timer and disposes the native source.
 */
public final class ScreenCaptureSource implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenCaptureSource.class);

    private final CustomVideoSource source = new CustomVideoSource();
    private final ScreenGrabber grabber;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoClock;
    private final int maxWidth;
    private final int fps;
    private BufferedImage scaled;
    private int[] pixels;
    private ScheduledFuture<?> timer;
    private long framesPushed;
    private boolean closed;

    public ScreenCaptureSource(ScreenGrabber grabber, ScheduledExecutorService scheduler, LongSupplier nanoClock,
                               int maxWidth, int fps) {
        if (maxWidth < 32 || fps < 1 || fps > 30) {
            throw new IllegalArgumentException("maxWidth >= 32 and fps 1-30 required");
        }
        this.grabber = grabber;
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
        this.maxWidth = maxWidth;
        this.fps = fps;
    }

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
            LOG.debug("screen grab failed", e);
        }
    }

    /** Grabs, converts and pushes one frame now; also what the timer calls. */
    public synchronized void pushOne() {
        if (closed) {
            return;
        }
        BufferedImage picture = scaleDown(grabber.grab());
        int width = picture.getWidth();
        int height = picture.getHeight();
        picture.getRGB(0, 0, width, height, pixels, 0, width);
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        ArgbToI420.convert(pixels, width, height, I420Planes.of(buffer));
        VideoFrame frame = new VideoFrame(buffer, nanoClock.getAsLong());
        try {
            source.pushFrame(frame);
            framesPushed++;
        } finally {
            frame.release();
        }
    }

    private BufferedImage scaleDown(BufferedImage grabbed) {
        int width = Math.min(maxWidth, grabbed.getWidth()) & ~1;
        int height = (int) ((long) grabbed.getHeight() * width / grabbed.getWidth()) & ~1;
        if (width < 2 || height < 2) {
            throw new IllegalStateException("screen too small: " + grabbed.getWidth() + "x" + grabbed.getHeight());
        }
        if (scaled == null || scaled.getWidth() != width || scaled.getHeight() != height) {
            scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            pixels = new int[width * height];
        }
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grabbed, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
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
