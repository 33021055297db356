package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;

import java.util.List;
import org.vtp.sfu.rtp.BigEndian;

/**
 * Sender report, PT 200 (RFC 3550 §6.4.1).
 *
 * <pre>
 * |V=2|P|    RC   |   PT=SR=200   |             length            |
 * |                         SSRC of sender                        |
 * |              NTP timestamp, most significant word             |
 * |             NTP timestamp, least significant word             |
 * |                         RTP timestamp                         |
 * |                     sender's packet count                     |
 * |                      sender's octet count                     |
 * |                 report blocks (RC × 24 bytes)                 |
 * </pre>
 */
public final class SenderReport {

    public static final int MIN_LENGTH = 28;
    private static final int MAX_BLOCKS = 31;

    private SenderReport() {
    }

    /** True for a well-formed SR whose report blocks all fit in its length. */
    public static boolean isValid(byte[] buf, int off, int len) {
        return RtcpHeader.is(buf, off, len, RtcpHeader.SR, MIN_LENGTH)
                && MIN_LENGTH + ReportBlock.LENGTH * reportCount(buf, off) <= RtcpHeader.lengthBytes(buf, off);
    }

    public static long senderSsrc(byte[] buf, int off) {
        return u32(buf, off + 4);
    }

    public static long ntpTimestamp(byte[] buf, int off) {
        return u32(buf, off + 8) << 32 | u32(buf, off + 12);
    }

    public static long rtpTimestamp(byte[] buf, int off) {
        return u32(buf, off + 16);
    }

    public static long packetCount(byte[] buf, int off) {
        return u32(buf, off + 20);
    }

    public static long octetCount(byte[] buf, int off) {
        return u32(buf, off + 24);
    }

    public static int reportCount(byte[] buf, int off) {
        return RtcpHeader.count(buf, off);
    }

    public static ReportBlock reportBlock(byte[] buf, int off, int index) {
        return ReportBlock.read(buf, off + MIN_LENGTH + ReportBlock.LENGTH * index);
    }

    /** Writes an SR; returns its length, or -1 when {@code out} is too small or blocks exceed 31. */
    public static int write(byte[] out, int off, long senderSsrc, long ntpTimestamp, long rtpTimestamp,
                            long packetCount, long octetCount, List<ReportBlock> blocks) {
        int length = MIN_LENGTH + ReportBlock.LENGTH * blocks.size();
        if (blocks.size() > MAX_BLOCKS || !RtcpHeader.fits(out, off, length)) {
            return -1;
        }
        RtcpHeader.write(out, off, blocks.size(), RtcpHeader.SR, length);
        BigEndian.put32(out, off + 4, senderSsrc);
        BigEndian.put32(out, off + 8, ntpTimestamp >>> 32);
        BigEndian.put32(out, off + 12, ntpTimestamp);
        BigEndian.put32(out, off + 16, rtpTimestamp);
        BigEndian.put32(out, off + 20, packetCount);
        BigEndian.put32(out, off + 24, octetCount);
        int pos = off + MIN_LENGTH;
        for (ReportBlock block : blocks) {
            pos = block.writeTo(out, pos);
        }
        return length;
    }
}
