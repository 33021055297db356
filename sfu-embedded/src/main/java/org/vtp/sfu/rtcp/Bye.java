package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u32;

import org.vtp.sfu.rtp.BigEndian;

/**
 * Goodbye, PT 203 (RFC 3550 §6.6). The optional reason text is ignored.
 *
 * <pre>
 * |V=2|P|    SC   |   PT=BYE=203  |             length            |
 * |                           SSRC/CSRC  (SC × 4 bytes)           |
 * </pre>
 */
public final class Bye {

    private Bye() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return RtcpHeader.is(buf, off, len, RtcpHeader.BYE, RtcpHeader.LENGTH)
                && RtcpHeader.LENGTH + 4 * sourceCount(buf, off) <= RtcpHeader.lengthBytes(buf, off);
    }

    public static int sourceCount(byte[] buf, int off) {
        return RtcpHeader.count(buf, off);
    }

    public static long ssrc(byte[] buf, int off, int index) {
        return u32(buf, off + RtcpHeader.LENGTH + 4 * index);
    }

    /** Writes a BYE for one source (8 bytes), or returns -1 when {@code out} is too small. */
    public static int write(byte[] out, int off, long ssrc) {
        if (!RtcpHeader.fits(out, off, 8)) {
            return -1;
        }
        RtcpHeader.write(out, off, 1, RtcpHeader.BYE, 8);
        BigEndian.put32(out, off + 4, ssrc);
        return 8;
    }
}
