package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;
import static org.vtp.sfu.rtp.BigEndian.u8;

import org.vtp.sfu.rtp.BigEndian;

/**
 * Full Intra Request (RFC 5104 §4.3.1): PT 206 (PSFB), FMT 4, media source SSRC 0, then one FCI
 * entry per target.
 *
 * <pre>
 * |                              SSRC                             |
 * | Seq nr.       |    Reserved (0)                               |
 * </pre>
 * The sequence number grows by one per new request (§4.3.1.2); {@code KeyframeRequester} keeps it.
 */
public final class Fir {

    public static final int FMT = 4;
    public static final int ENTRY_LENGTH = 8;
    public static final int LENGTH_ONE_ENTRY = Feedback.HEADER_LENGTH + ENTRY_LENGTH;

    private Fir() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return Feedback.is(buf, off, len, RtcpHeader.PSFB, FMT, LENGTH_ONE_ENTRY);
    }

    public static int entryCount(byte[] buf, int off) {
        return Feedback.fciLength(buf, off) / ENTRY_LENGTH;
    }

    public static long entrySsrc(byte[] buf, int off, int index) {
        return u32(buf, off + Feedback.HEADER_LENGTH + ENTRY_LENGTH * index);
    }

    public static int entrySequenceNumber(byte[] buf, int off, int index) {
        return u8(buf, off + Feedback.HEADER_LENGTH + ENTRY_LENGTH * index + 4);
    }

    /** Writes a FIR for one target (20 bytes), or returns -1 when {@code out} is too small. */
    public static int write(byte[] out, int off, long senderSsrc, long targetSsrc, int sequenceNumber) {
        if (!RtcpHeader.fits(out, off, LENGTH_ONE_ENTRY)) {
            return -1;
        }
        Feedback.writeHeader(out, off, FMT, RtcpHeader.PSFB, LENGTH_ONE_ENTRY, senderSsrc, 0);
        int entry = off + Feedback.HEADER_LENGTH;
        BigEndian.put32(out, entry, targetSsrc);
        BigEndian.put32(out, entry + 4, (long) (sequenceNumber & 0xFF) << 24);
        return LENGTH_ONE_ENTRY;
    }
}
