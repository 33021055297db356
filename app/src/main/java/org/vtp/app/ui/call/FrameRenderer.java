package org.vtp.app.ui.call;

import dev.onvoid.webrtc.media.FourCC;
import dev.onvoid.webrtc.media.video.VideoBufferConverter;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoFrameBuffer;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns decoded frames into a JavaFX image without copying on the FX thread.
 *
 * <p>Double buffered: libwebrtc's decoder thread converts each I420 frame with libyuv
 * ({@link VideoBufferConverter}, ~0.03 ms for 640×360) into the back surface, a direct BGRA
 * buffer; the FX thread swaps back and front and tells the front {@link PixelBuffer} it changed.
 * The FX thread therefore never sees a half-written picture, and at most one swap is queued at a
 * time: frames arriving faster than the FX thread runs overwrite the back surface (coalescing).
 */
final class FrameRenderer implements VideoTrackSink {
    private static final Logger LOG = LoggerFactory.getLogger(FrameRenderer.class);

    private final Executor fx;
    private final Consumer<WritableImage> show;
    private final Object lock = new Object();
    private final AtomicLong framesShown = new AtomicLong();
    private Surface back;
    private Surface front;
    private boolean backReady;
    private boolean swapQueued;

    /**
     * @param fx   runs a task on the FX thread ({@code Platform::runLater})
     * @param show receives the image to display after each swap, on the FX thread
     */
    FrameRenderer(Executor fx, Consumer<WritableImage> show) {
        this.fx = fx;
        this.show = show;
    }

    /** Decoder thread. Releases the frame, as webrtc-java sinks must. */
    @Override
    public void onVideoFrame(VideoFrame frame) {
        try {
            boolean queue;
            synchronized (lock) {
                VideoFrameBuffer buffer = frame.buffer;
                if (back == null || back.width != buffer.getWidth() || back.height != buffer.getHeight()) {
                    back = new Surface(buffer.getWidth(), buffer.getHeight());
                }
                VideoBufferConverter.convertFromI420(buffer, back.pixels, FourCC.ARGB);
                backReady = true;
                queue = !swapQueued;
                swapQueued = true;
            }
            if (queue) {
                fx.execute(this::swap);
            }
        } catch (Exception e) {
            LOG.debug("frame conversion failed", e);
        } finally {
            frame.release();
        }
    }

    /** FX thread. */
    private void swap() {
        WritableImage image;
        synchronized (lock) {
            swapQueued = false;
            if (!backReady) {
                return;
            }
            Surface shown = front;
            front = back;
            back = shown;
            backReady = false;
            if (front.image == null) {
                front.createImage();
            }
            front.pixelBuffer.updateBuffer(pb -> null);
            image = front.image;
        }
        framesShown.incrementAndGet();
        show.accept(image);
    }

    /** Frames that reached the screen (after coalescing). */
    long framesShown() {
        return framesShown.get();
    }

    /** A direct BGRA buffer and, once first shown, the image backed by it. */
    private static final class Surface {
        final int width;
        final int height;
        final ByteBuffer pixels;
        PixelBuffer<ByteBuffer> pixelBuffer;
        WritableImage image;

        Surface(int width, int height) {
            this.width = width;
            this.height = height;
            this.pixels = ByteBuffer.allocateDirect(width * height * 4);
        }

        /** FX thread. libyuv's "ARGB" is B, G, R, A in memory: JavaFX's premultiplied BGRA with opaque alpha. */
        void createImage() {
            pixelBuffer = new PixelBuffer<>(width, height, pixels, PixelFormat.getByteBgraPreInstance());
            image = new WritableImage(pixelBuffer);
        }
    }
}
