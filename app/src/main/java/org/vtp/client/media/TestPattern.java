package org.vtp.client.media;

/**
 * A recognisable synthetic picture that survives lossy coding and scaling, and its check.
 *
 * <pre>
 *  +--------------------------------------+  0
 *  | 8 colour bars (75 %, BT.601 limited)  |
 *  +--------------------------------------+  h/2
 *  | grey band, white marker moving right  |
 *  +--------------------------------------+  3h/4
 *  | 16 cells: frame number, MSB first     |
 *  +--------------------------------------+  h
 * </pre>
 *
 * All regions are defined relative to the picture size, so a receiver may check frames that the
 * encoder scaled down. The check samples the middle of each region to stay clear of coding
 * artefacts at edges.
 */
public final class TestPattern {
    /** Y, U, V of white, yellow, cyan, green, magenta, red, blue, black. */
    static final int[][] BARS = {
        {180, 128, 128}, {162, 44, 142}, {131, 156, 44}, {112, 72, 58},
        {84, 184, 198}, {65, 100, 212}, {35, 212, 114}, {16, 128, 128}};
    static final int COUNTER_BITS = 16;
    private static final int TOLERANCE = 24;
    private static final int GREY = 128;
    private static final int BIT_ON = 235;
    private static final int BIT_OFF = 16;

    private TestPattern() {
    }

    /** Paints frame {@code frameNumber}; the counter band holds it modulo 2^16. */
    public static void paint(I420Planes p, long frameNumber) {
        int w = p.width();
        int h = p.height();
        int markerSize = Math.max(2, h / 8) & ~1;
        int markerX = (int) ((frameNumber * 4) % Math.max(1, w - markerSize)) & ~1;
        int markerY = (h / 2 + h / 4 / 2 - markerSize / 2) & ~1;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int[] yuv = colourAt(x, y, w, h, frameNumber);
                boolean marker = x >= markerX && x < markerX + markerSize
                        && y >= markerY && y < markerY + markerSize;
                fill2x2(p, x, y, marker ? BIT_ON : yuv[0], yuv[1], yuv[2]);
            }
        }
    }

    private static int[] colourAt(int x, int y, int w, int h, long frameNumber) {
        if (y < h / 2) {
            return BARS[Math.min(BARS.length - 1, x * BARS.length / w)];
        }
        if (y < h * 3 / 4) {
            return new int[] {GREY, 128, 128};
        }
        int bit = Math.min(COUNTER_BITS - 1, x * COUNTER_BITS / w);
        boolean on = ((frameNumber >> (COUNTER_BITS - 1 - bit)) & 1) == 1;
        return new int[] {on ? BIT_ON : BIT_OFF, 128, 128};
    }

    private static void fill2x2(I420Planes p, int x, int y, int luma, int u, int v) {
        for (int dy = 0; dy < 2 && y + dy < p.height(); dy++) {
            for (int dx = 0; dx < 2 && x + dx < p.width(); dx++) {
                p.y().put((y + dy) * p.strideY() + x + dx, (byte) luma);
            }
        }
        p.u().put((y / 2) * p.strideU() + x / 2, (byte) u);
        p.v().put((y / 2) * p.strideV() + x / 2, (byte) v);
    }

    /** Reads a picture back: whether the bars are where they should be, and the frame counter. */
    public static PatternReading read(I420Planes p) {
        return new PatternReading(barsMatch(p), readCounter(p));
    }

    private static boolean barsMatch(I420Planes p) {
        int w = p.width();
        int h = p.height();
        if (w < BARS.length * 4 || h < 16) {
            return false;
        }
        int barWidth = w / BARS.length;
        for (int i = 0; i < BARS.length; i++) {
            int x0 = i * barWidth + barWidth / 4;
            int x1 = i * barWidth + barWidth * 3 / 4;
            int[] mean = meanYuv(p, x0, x1, h / 8, h * 3 / 8);
            for (int c = 0; c < 3; c++) {
                if (Math.abs(mean[c] - BARS[i][c]) > TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long readCounter(I420Planes p) {
        int w = p.width();
        int h = p.height();
        int cell = w / COUNTER_BITS;
        long value = 0;
        for (int bit = 0; bit < COUNTER_BITS; bit++) {
            int x0 = bit * cell + cell / 4;
            int x1 = Math.max(x0 + 1, bit * cell + cell * 3 / 4);
            int luma = meanYuv(p, x0, x1, h * 13 / 16, h * 15 / 16)[0];
            value = (value << 1) | (luma > (BIT_ON + BIT_OFF) / 2 ? 1 : 0);
        }
        return value;
    }

    private static int[] meanYuv(I420Planes p, int x0, int x1, int y0, int y1) {
        long sy = 0;
        long su = 0;
        long sv = 0;
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sy += p.lumaAt(x, y);
                su += p.uAt(x / 2, y / 2);
                sv += p.vAt(x / 2, y / 2);
                n++;
            }
        }
        n = Math.max(1, n);
        return new int[] {(int) (sy / n), (int) (su / n), (int) (sv / n)};
    }
}
