package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;
import static org.vtp.sfu.rtp.BigEndian.u8;

import org.vtp.sfu.rtp.BigEndian;

/**
 * Receiver Estimated Maximum Bitrate (draft-alvestrand-rmcat-remb-03 §2.2): PT 206 (PSFB),
 * FMT 15 (application layer feedback), media source SSRC 0.
 *
 * <pre>
 * |  Unique identifier 'R' 'E' 'M' 'B'                            |
 * |  Num SSRC     | BR Exp    |  BR Mantissa                      |
 * |   SSRC feedback (Num SSRC × 4 bytes)                          |
 * </pre>
 * Bitrate in bit/s = mantissa (18 bits) × 2^exp (6 bits).
 */
public final class Remb {

    public static final int FMT = 15;
    private static final int MIN_LENGTH = Feedback.HEADER_LENGTH + 8;
    private static final long IDENTIFIER = 0x52454D42L;
    private static final int MAX_MANTISSA = (1 << 18) - 1;

    private Remb() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return Feedback.is(buf, off, len, RtcpHeader.PSFB, FMT, MIN_LENGTH)
                && u32(buf, off + Feedback.HEADER_LENGTH) == IDENTIFIER
                && MIN_LENGTH + 4 * ssrcCount(buf, off) <= Feedback.HEADER_LENGTH + Feedback.fciLength(buf, off);
    }

    public static int ssrcCount(byte[] buf, int off) {
        return u8(buf, off + 16);
    }

    /** The bitrate in bit/s, saturated at {@link Long#MAX_VALUE}. */
    public static long bitrate(byte[] buf, int off) {
        long field = u32(buf, off + 16) & 0x00FF_FFFFL;
        int exponent = (int) (field >>> 18);
        long mantissa = field & MAX_MANTISSA;
        return exponent > Long.numberOfLeadingZeros(mantissa) - 1 ? Long.MAX_VALUE : mantissa << exponent;
    }

    public static long ssrc(byte[] buf, int off, int index) {
        return u32(buf, off + MIN_LENGTH + 4 * index);
    }

    /**
     * Writes a REMB for {@code ssrcs[0..count)}; the bitrate is rounded down to what 18 bits of
     * mantissa can carry. Returns the length, or -1 on bad arguments or a too small {@code out}.
     */
    public static int write(byte[] out, int off, long senderSsrc, long bitrateBps, long[] ssrcs, int count) {
        int length = MIN_LENGTH + 4 * count;
        if (bitrateBps < 0 || count < 0 || count > 255 || count > ssrcs.length
                || !RtcpHeader.fits(out, off, length)) {
            return -1;
        }
        Feedback.writeHeader(out, off, FMT, RtcpHeader.PSFB, length, senderSsrc, 0);
        BigEndian.put32(out, off + 12, IDENTIFIER);
        int exponent = Math.max(0, 64 - Long.numberOfLeadingZeros(bitrateBps) - 18);
        long mantissa = bitrateBps >>> exponent;
        BigEndian.put32(out, off + 16, (long) count << 24 | (long) exponent << 18 | mantissa);
        for (int i = 0; i < count; i++) {
            BigEndian.put32(out, off + MIN_LENGTH + 4 * i, ssrcs[i]);
        }
        return length;
    }
}
