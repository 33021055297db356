package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u24;
import static org.vtp.sfu.rtp.BigEndian.u32;
import static org.vtp.sfu.rtp.BigEndian.u8;

import org.vtp.sfu.rtp.BigEndian;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1), 24 bytes.
 *
 * <pre>
 * |                 SSRC_n (source being reported)                |
 * | fraction lost |       cumulative number of packets lost       |
 * |           extended highest sequence number received           |
 * |                      interarrival jitter                      |
 * |                         last SR (LSR)                         |
 * |                   delay since last SR (DLSR)                  |
 * </pre>
 *
 * Reports travel about once a second per stream, so a record per block is fine.
 *
 * @param cumulativeLost signed 24 bits (duplicates can make it negative); clamped on write
 * @param lastSr middle 32 bits of the last SR's NTP timestamp, 0 if none
 * @param delaySinceLastSr in units of 1/65536 s, 0 if no SR
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSeq,
                          long jitter, long lastSr, long delaySinceLastSr) {

    public static final int LENGTH = 24;
    private static final int MAX_LOST = 0x7F_FFFF;
    private static final int MIN_LOST = -0x80_0000;

    /** Reads a block at {@code off}; the caller checked that 24 bytes are there. */
    public static ReportBlock read(byte[] buf, int off) {
        int lost = u24(buf, off + 5);
        return new ReportBlock(u32(buf, off), u8(buf, off + 4), lost << 8 >> 8, u32(buf, off + 8),
                u32(buf, off + 12), u32(buf, off + 16), u32(buf, off + 20));
    }

    /** Writes the block at {@code off} (24 bytes) and returns the offset after it. */
    public int writeTo(byte[] out, int off) {
        BigEndian.put32(out, off, ssrc);
        out[off + 4] = (byte) fractionLost;
        BigEndian.put24(out, off + 5, Math.max(MIN_LOST, Math.min(MAX_LOST, cumulativeLost)));
        BigEndian.put32(out, off + 8, extendedHighestSeq);
        BigEndian.put32(out, off + 12, jitter);
        BigEndian.put32(out, off + 16, lastSr);
        BigEndian.put32(out, off + 20, delaySinceLastSr);
        return off + LENGTH;
    }
}
