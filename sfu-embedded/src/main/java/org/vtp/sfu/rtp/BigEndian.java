package org.vtp.sfu.rtp;

/**
 * Network byte order reads and writes of unsigned fields, shared by the RTP and RTCP wire formats.
 * Callers check bounds first; these methods do not.
 */
public final class BigEndian {

    private BigEndian() {
    }

    /** True when {@code [off, off + len)} is a valid range of {@code buf}. */
    public static boolean inBounds(byte[] buf, int off, int len) {
        return buf != null && off >= 0 && len >= 0 && off <= buf.length - len;
    }

    public static int u8(byte[] buf, int off) {
        return buf[off] & 0xFF;
    }

    public static int u16(byte[] buf, int off) {
        return (buf[off] & 0xFF) << 8 | buf[off + 1] & 0xFF;
    }

    public static int u24(byte[] buf, int off) {
        return (buf[off] & 0xFF) << 16 | (buf[off + 1] & 0xFF) << 8 | buf[off + 2] & 0xFF;
    }

    public static long u32(byte[] buf, int off) {
        return ((long) u16(buf, off) << 16 | u16(buf, off + 2)) & 0xFFFF_FFFFL;
    }

    public static void put16(byte[] buf, int off, int value) {
        buf[off] = (byte) (value >>> 8);
        buf[off + 1] = (byte) value;
    }

    public static void put24(byte[] buf, int off, int value) {
        buf[off] = (byte) (value >>> 16);
        buf[off + 1] = (byte) (value >>> 8);
        buf[off + 2] = (byte) value;
    }

    public static void put32(byte[] buf, int off, long value) {
        buf[off] = (byte) (value >>> 24);
        buf[off + 1] = (byte) (value >>> 16);
        buf[off + 2] = (byte) (value >>> 8);
        buf[off + 3] = (byte) value;
    }
}
