package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;

import java.util.List;
import org.vtp.sfu.rtp.BigEndian;

/**
 * Receiver report, PT 201 (RFC 3550 §6.4.2).
 *
 * <pre>
 * |V=2|P|    RC   |   PT=RR=201   |             length            |
 * |                     SSRC of packet sender                     |
 * |                 report blocks (RC × 24 bytes)                 |
 * </pre>
 */
public final class ReceiverReport {

    public static final int MIN_LENGTH = 8;
    private static final int MAX_BLOCKS = 31;

    private ReceiverReport() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return RtcpHeader.is(buf, off, len, RtcpHeader.RR, MIN_LENGTH)
                && MIN_LENGTH + ReportBlock.LENGTH * reportCount(buf, off) <= RtcpHeader.lengthBytes(buf, off);
    }

    public static long senderSsrc(byte[] buf, int off) {
        return u32(buf, off + 4);
    }

    public static int reportCount(byte[] buf, int off) {
        return RtcpHeader.count(buf, off);
    }

    public static ReportBlock reportBlock(byte[] buf, int off, int index) {
        return ReportBlock.read(buf, off + MIN_LENGTH + ReportBlock.LENGTH * index);
    }

    /** Writes an RR; returns its length, or -1 when {@code out} is too small or blocks exceed 31. */
    public static int write(byte[] out, int off, long senderSsrc, List<ReportBlock> blocks) {
        int length = MIN_LENGTH + ReportBlock.LENGTH * blocks.size();
        if (blocks.size() > MAX_BLOCKS || !RtcpHeader.fits(out, off, length)) {
            return -1;
        }
        RtcpHeader.write(out, off, blocks.size(), RtcpHeader.RR, length);
        BigEndian.put32(out, off + 4, senderSsrc);
        int pos = off + MIN_LENGTH;
        for (ReportBlock block : blocks) {
            pos = block.writeTo(out, pos);
        }
        return length;
    }
}
