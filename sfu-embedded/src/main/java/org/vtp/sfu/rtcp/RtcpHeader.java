package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u16;

import org.vtp.sfu.rtp.BigEndian;

/**
 * The common RTCP header (RFC 3550 §6.4.1) and packet type numbers.
 *
 * <pre>
 * |V=2|P| RC/FMT  |      PT       |   length (32-bit words - 1)   |
 * </pre>
 */
public final class RtcpHeader {

    public static final int LENGTH = 4;
    public static final int SR = 200;
    public static final int RR = 201;
    public static final int SDES = 202;
    public static final int BYE = 203;
    public static final int APP = 204;
    /** Transport layer feedback (RFC 4585 §6.2); FMT 1 = generic NACK. */
    public static final int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.3); FMT 1 = PLI, 4 = FIR, 15 = REMB. */
    public static final int PSFB = 206;

    private RtcpHeader() {
    }

    public static boolean hasPadding(byte[] buf, int off) {
        return (buf[off] & 0x20) != 0;
    }

    /** Report count, source count or feedback message type (FMT), by packet type. */
    public static int count(byte[] buf, int off) {
        return buf[off] & 0x1F;
    }

    public static int packetType(byte[] buf, int off) {
        return buf[off + 1] & 0xFF;
    }

    /** Packet length in bytes, header and padding included, from the length field. */
    public static int lengthBytes(byte[] buf, int off) {
        return (u16(buf, off + 2) + 1) * 4;
    }

    /** Writes a header without padding for a packet of {@code lengthBytes} (a multiple of 4). */
    public static void write(byte[] out, int off, int count, int packetType, int lengthBytes) {
        out[off] = (byte) (0x80 | count & 0x1F);
        out[off + 1] = (byte) packetType;
        BigEndian.put16(out, off + 2, lengthBytes / 4 - 1);
    }

    /** True when {@code [off, off + len)} is one packet of this type and count with {@code min} bytes. */
    static boolean is(byte[] buf, int off, int len, int packetType, int minLength) {
        return BigEndian.inBounds(buf, off, len) && len >= Math.max(LENGTH, minLength)
                && (buf[off] & 0xC0) == 0x80 && packetType(buf, off) == packetType
                && lengthBytes(buf, off) <= len;
    }

    /** True when the caller's output range has room for {@code needed} bytes. */
    static boolean fits(byte[] out, int off, int needed) {
        return BigEndian.inBounds(out, off, needed);
    }
}
