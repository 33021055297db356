package org.vtp.client.media;

import dev.onvoid.webrtc.media.video.I420Buffer;
import java.nio.ByteBuffer;

/**
 * The three planes of an I420 picture (Y full size, U and V half size in both directions), as
 * plain buffers so that pattern code can be tested without native memory.
 */
public record I420Planes(int width, int height, ByteBuffer y, int strideY, ByteBuffer u, int strideU,
                         ByteBuffer v, int strideV) {

    /** A view on a webrtc-java buffer; valid only while the buffer is retained. */
    public static I420Planes of(I420Buffer buffer) {
        return new I420Planes(buffer.getWidth(), buffer.getHeight(),
                buffer.getDataY(), buffer.getStrideY(),
                buffer.getDataU(), buffer.getStrideU(),
                buffer.getDataV(), buffer.getStrideV());
    }

    /** Tightly packed planes on the heap, for tests and off-line checks. */
    public static I420Planes allocate(int width, int height) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        return new I420Planes(width, height, ByteBuffer.allocate(width * height), width,
                ByteBuffer.allocate(cw * ch), cw, ByteBuffer.allocate(cw * ch), cw);
    }

    int lumaAt(int x, int yPos) {
        return y.get(yPos * strideY + x) & 0xff;
    }

    int uAt(int cx, int cy) {
        return u.get(cy * strideU + cx) & 0xff;
    }

    int vAt(int cx, int cy) {
        return v.get(cy * strideV + cx) & 0xff;
    }
}
