package org.vtp.sfu.rtcp;

/**
 * Picture Loss Indication (RFC 4585 §6.3.1): PT 206 (PSFB), FMT 1, no FCI, 12 bytes.
 * Sender and media SSRC are read with {@link Feedback}.
 */
public final class Pli {

    public static final int FMT = 1;
    public static final int LENGTH = Feedback.HEADER_LENGTH;

    private Pli() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return Feedback.is(buf, off, len, RtcpHeader.PSFB, FMT, LENGTH);
    }

    /** Writes a PLI (12 bytes), or returns -1 when {@code out} is too small. */
    public static int write(byte[] out, int off, long senderSsrc, long mediaSsrc) {
        if (!RtcpHeader.fits(out, off, LENGTH)) {
            return -1;
        }
        Feedback.writeHeader(out, off, FMT, RtcpHeader.PSFB, LENGTH, senderSsrc, mediaSsrc);
        return LENGTH;
    }
}
