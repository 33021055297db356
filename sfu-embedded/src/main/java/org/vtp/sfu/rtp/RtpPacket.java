package org.vtp.sfu.rtp;

import static org.vtp.sfu.rtp.BigEndian.inBounds;
import static org.vtp.sfu.rtp.BigEndian.u16;
import static org.vtp.sfu.rtp.BigEndian.u32;

/**
 * The RTP fixed header (RFC 3550 §5.1), read and written in place.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * |                           timestamp                           |
 * |           synchronization source (SSRC) identifier            |
 * |            contributing source (CSRC) identifiers  (CC × 4)   |
 * |  profile (0xBEDE / 0x100x)    |  extension length in words    |  (if X, RFC 3550 §5.3.1)
 * |                      extension data ...                       |
 * |                      payload ...      | padding ... | P count |  (if P)
 * </pre>
 *
 * Contract: the methods taking {@code len} validate and return -1 on bad input. The plain field
 * accessors ({@link #sequenceNumber}, {@link #setSsrc}, ...) assume the caller has already checked
 * the packet once with {@link #headerLength} or {@link #isValid}, as the receive path does at its
 * door. Called on the network thread; allocates nothing.
 */
public final class RtpPacket {

    public static final int FIXED_HEADER_LENGTH = 12;

    private RtpPacket() {
    }

    /**
     * Length of the whole header (fixed part, CSRCs and extension), or -1 when the packet is not
     * valid RTP: version not 2, shorter than its header, or padding count zero or past the header.
     */
    public static int headerLength(byte[] buf, int off, int len) {
        if (!inBounds(buf, off, len) || len < FIXED_HEADER_LENGTH) {
            return -1;
        }
        int b0 = buf[off] & 0xFF;
        if (b0 >>> 6 != 2) {
            return -1;
        }
        int header = FIXED_HEADER_LENGTH + 4 * (b0 & 0x0F);
        if ((b0 & 0x10) != 0) {
            if (header + 4 > len) {
                return -1;
            }
            header += 4 + 4 * u16(buf, off + header + 2);
        }
        if (header > len) {
            return -1;
        }
        if ((b0 & 0x20) != 0) {
            int padding = buf[off + len - 1] & 0xFF;
            if (padding == 0 || header + padding > len) {
                return -1;
            }
        }
        return header;
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return headerLength(buf, off, len) >= 0;
    }

    /** Absolute offset of the payload in {@code buf}, or -1 when the packet is invalid. */
    public static int payloadOffset(byte[] buf, int off, int len) {
        int header = headerLength(buf, off, len);
        return header < 0 ? -1 : off + header;
    }

    /** Payload length without padding, or -1 when the packet is invalid. */
    public static int payloadLength(byte[] buf, int off, int len) {
        int header = headerLength(buf, off, len);
        return header < 0 ? -1 : len - header - paddingLength(buf, off, len);
    }

    /** Padding octets at the end (RFC 3550 §5.1 P bit); call only on a valid packet. */
    public static int paddingLength(byte[] buf, int off, int len) {
        return hasPadding(buf, off) ? buf[off + len - 1] & 0xFF : 0;
    }

    public static boolean hasPadding(byte[] buf, int off) {
        return (buf[off] & 0x20) != 0;
    }

    public static boolean hasExtension(byte[] buf, int off) {
        return (buf[off] & 0x10) != 0;
    }

    public static int csrcCount(byte[] buf, int off) {
        return buf[off] & 0x0F;
    }

    public static long csrc(byte[] buf, int off, int index) {
        return u32(buf, off + FIXED_HEADER_LENGTH + 4 * index);
    }

    public static boolean marker(byte[] buf, int off) {
        return (buf[off + 1] & 0x80) != 0;
    }

    public static void setMarker(byte[] buf, int off, boolean marker) {
        buf[off + 1] = (byte) (marker ? buf[off + 1] | 0x80 : buf[off + 1] & 0x7F);
    }

    public static int payloadType(byte[] buf, int off) {
        return buf[off + 1] & 0x7F;
    }

    public static void setPayloadType(byte[] buf, int off, int payloadType) {
        buf[off + 1] = (byte) (buf[off + 1] & 0x80 | payloadType & 0x7F);
    }

    public static int sequenceNumber(byte[] buf, int off) {
        return u16(buf, off + 2);
    }

    public static void setSequenceNumber(byte[] buf, int off, int seq) {
        BigEndian.put16(buf, off + 2, seq);
    }

    public static long timestamp(byte[] buf, int off) {
        return u32(buf, off + 4);
    }

    public static void setTimestamp(byte[] buf, int off, long timestamp) {
        BigEndian.put32(buf, off + 4, timestamp);
    }

    public static long ssrc(byte[] buf, int off) {
        return u32(buf, off + 8);
    }

    public static void setSsrc(byte[] buf, int off, long ssrc) {
        BigEndian.put32(buf, off + 8, ssrc);
    }
}
