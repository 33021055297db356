package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;

import org.vtp.sfu.rtp.BigEndian;

/**
 * The common layout of RTCP feedback messages (RFC 4585 §6.1), 12 bytes before the FCI.
 *
 * <pre>
 * |V=2|P|   FMT   |       PT      |          length               |
 * |                  SSRC of packet sender                        |
 * |                  SSRC of media source                         |
 * :            Feedback Control Information (FCI)                 :
 * </pre>
 */
public final class Feedback {

    public static final int HEADER_LENGTH = 12;

    private Feedback() {
    }

    public static long senderSsrc(byte[] buf, int off) {
        return u32(buf, off + 4);
    }

    public static long mediaSsrc(byte[] buf, int off) {
        return u32(buf, off + 8);
    }

    static boolean is(byte[] buf, int off, int len, int packetType, int fmt, int minLength) {
        return RtcpHeader.is(buf, off, len, packetType, Math.max(HEADER_LENGTH, minLength))
                && RtcpHeader.count(buf, off) == fmt
                && RtcpHeader.lengthBytes(buf, off) >= Math.max(HEADER_LENGTH, minLength);
    }

    /** FCI bytes, padding excluded; call only on a packet that passed {@link #is}. */
    static int fciLength(byte[] buf, int off) {
        int length = RtcpHeader.lengthBytes(buf, off);
        int padding = RtcpHeader.hasPadding(buf, off) ? buf[off + length - 1] & 0xFF : 0;
        return Math.max(0, length - padding - HEADER_LENGTH);
    }

    static void writeHeader(byte[] out, int off, int fmt, int packetType, int length,
                            long senderSsrc, long mediaSsrc) {
        RtcpHeader.write(out, off, fmt, packetType, length);
        BigEndian.put32(out, off + 4, senderSsrc);
        BigEndian.put32(out, off + 8, mediaSsrc);
    }
}
