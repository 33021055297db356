package org.vtp.client.media;

/**
 * Packed ARGB pixels (as {@link java.awt.image.BufferedImage#getRGB} gives them) to I420 with
 * BT.601 limited-range coefficients (ITU-R BT.601-7 section 2.5; the 8-bit integer form libyuv
 * uses). Chroma is the average of each 2×2 block. No allocation per call: the caller owns both
 * the pixel array and the planes.
 */
public final class ArgbToI420 {
    private ArgbToI420() {
    }

    /**
     * @param argb {@code width * height} pixels, row after row
     * @param out  planes of exactly {@code width × height}; width and height even
     */
    public static void convert(int[] argb, int width, int height, I420Planes out) {
        if (width % 2 != 0 || height % 2 != 0 || out.width() != width || out.height() != height
                || argb.length < width * height) {
            throw new IllegalArgumentException("size mismatch: " + width + "x" + height);
        }
        for (int row = 0; row < height; row += 2) {
            convertRowPair(argb, width, row, out);
        }
    }

    private static void convertRowPair(int[] argb, int width, int row, I420Planes out) {
        int top = row * width;
        int bottom = top + width;
        int chromaRow = (row / 2) * out.strideU();
        int chromaRowV = (row / 2) * out.strideV();
        for (int x = 0; x < width; x += 2) {
            int a = argb[top + x];
            int b = argb[top + x + 1];
            int c = argb[bottom + x];
            int d = argb[bottom + x + 1];
            out.y().put(row * out.strideY() + x, luma(a));
            out.y().put(row * out.strideY() + x + 1, luma(b));
            out.y().put((row + 1) * out.strideY() + x, luma(c));
            out.y().put((row + 1) * out.strideY() + x + 1, luma(d));
            int r = (red(a) + red(b) + red(c) + red(d) + 2) >> 2;
            int g = (green(a) + green(b) + green(c) + green(d) + 2) >> 2;
            int bl = (blue(a) + blue(b) + blue(c) + blue(d) + 2) >> 2;
            out.u().put(chromaRow + x / 2, (byte) (((-38 * r - 74 * g + 112 * bl + 128) >> 8) + 128));
            out.v().put(chromaRowV + x / 2, (byte) (((112 * r - 94 * g - 18 * bl + 128) >> 8) + 128));
        }
    }

    private static byte luma(int pixel) {
        return (byte) (((66 * red(pixel) + 129 * green(pixel) + 25 * blue(pixel) + 128) >> 8) + 16);
    }

    private static int red(int pixel) {
        return (pixel >> 16) & 0xff;
    }

    private static int green(int pixel) {
        return (pixel >> 8) & 0xff;
    }

    private static int blue(int pixel) {
        return pixel & 0xff;
    }
}
