package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * Screen frames from a {@link ScreenGrabber} into a video source at a fixed, modest
 * rate on the caller's scheduler: each grab is scaled down to at most {@code maxWidth} (even
 * sizes, aspect kept), converted with {@link ArgbToI420} and pushed. The scaled image and pixel
 * array are reused while the screen size stays the same.
 */
public final class ScreenCaptureSource extends PacedVideoSource {
    private final ScreenGrabber grabber;
    private final int maxWidth;
    private BufferedImage scaled;
    private int[] pixels;

    public ScreenCaptureSource(ScreenGrabber grabber, ScheduledExecutorService scheduler, LongSupplier nanoClock,
                               int maxWidth, int fps) {
        super(scheduler, nanoClock, fps);
        if (maxWidth < 32 || fps < 1 || fps > 30) {
            throw new IllegalArgumentException("maxWidth >= 32 and fps 1-30 required");
        }
        this.grabber = grabber;
        this.maxWidth = maxWidth;
    }

    /** Grabs, scales and converts the screen. */
    @Override
    protected NativeI420Buffer nextFrame(long frameNumber) {
        BufferedImage picture = scaleDown(grabber.grab());
        int width = picture.getWidth();
        int height = picture.getHeight();
        picture.getRGB(0, 0, width, height, pixels, 0, width);
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        ArgbToI420.convert(pixels, width, height, I420Planes.of(buffer));
        return buffer;
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
}
