package org.vtp.sfu.rtp;

import static org.vtp.sfu.rtp.BigEndian.u16;

/**
 * RTP header extensions in the two RFC 8285 forms, found by local id and stripped in place.
 *
 * <pre>
 * One-byte form (§4.2), profile 0xBEDE, ids 1-14, 1-16 data bytes:
 *   |  ID   | L=len-1 |  data ... |   ID 0 = one padding byte, ID 15 = stop parsing
 * Two-byte form (§4.3), profile 0x100 + appbits (0x1000-0x100F), ids 1-255, 0-255 data bytes:
 *   |      ID       |    length     |  data ... |   ID 0 = one padding byte
 * </pre>
 *
 * {@link #find} returns the element's data position packed in a long (no allocation); unpack it
 * with {@link #dataOffset} and {@link #dataLength}. Called on the network thread.
 */
public final class RtpHeaderExtensions {

    /** Returned by {@link #find} when the packet is invalid or has no such element. */
    public static final long NOT_FOUND = -1;

    private static final int ONE_BYTE_PROFILE = 0xBEDE;
    private static final int TWO_BYTE_PROFILE = 0x1000;

    private RtpHeaderExtensions() {
    }

    /** The data of extension element {@code id}, as {@code dataOffset << 32 | dataLength}. */
    public static long find(byte[] buf, int off, int len, int id) {
        if (id <= 0 || RtpPacket.headerLength(buf, off, len) < 0 || !RtpPacket.hasExtension(buf, off)) {
            return NOT_FOUND;
        }
        int start = off + RtpPacket.FIXED_HEADER_LENGTH + 4 * RtpPacket.csrcCount(buf, off);
        int profile = u16(buf, start);
        int data = start + 4;
        int end = data + 4 * u16(buf, start + 2);
        if (profile == ONE_BYTE_PROFILE) {
            return id <= 14 ? findOneByte(buf, data, end, id) : NOT_FOUND;
        }
        if ((profile & 0xFFF0) == TWO_BYTE_PROFILE) {
            return findTwoByte(buf, data, end, id);
        }
        return NOT_FOUND;
    }

    /** Absolute offset of the found element's data in the packet's buffer. */
    public static int dataOffset(long found) {
        return (int) (found >>> 32);
    }

    public static int dataLength(long found) {
        return (int) found;
    }

    /**
     * Removes the whole extension block in place: moves the payload (and padding) down, clears the
     * X bit, and returns the new packet length; the packet length when there was no extension;
     * -1 when the packet is invalid.
     */
    public static int strip(byte[] buf, int off, int len) {
        int header = RtpPacket.headerLength(buf, off, len);
        if (header < 0) {
            return -1;
        }
        if (!RtpPacket.hasExtension(buf, off)) {
            return len;
        }
        int extensionStart = RtpPacket.FIXED_HEADER_LENGTH + 4 * RtpPacket.csrcCount(buf, off);
        System.arraycopy(buf, off + header, buf, off + extensionStart, len - header);
        buf[off] = (byte) (buf[off] & ~0x10);
        return len - (header - extensionStart);
    }

    private static long findOneByte(byte[] buf, int pos, int end, int id) {
        while (pos < end) {
            int b = buf[pos] & 0xFF;
            int elementId = b >>> 4;
            if (elementId == 15) {
                return NOT_FOUND;
            }
            if (elementId == 0) {
                pos++;
                continue;
            }
            int length = (b & 0x0F) + 1;
            if (pos + 1 + length > end) {
                return NOT_FOUND;
            }
            if (elementId == id) {
                return pack(pos + 1, length);
            }
            pos += 1 + length;
        }
        return NOT_FOUND;
    }

    private static long findTwoByte(byte[] buf, int pos, int end, int id) {
        while (pos < end) {
            int elementId = buf[pos] & 0xFF;
            if (elementId == 0) {
                pos++;
                continue;
            }
            if (pos + 2 > end) {
                return NOT_FOUND;
            }
            int length = buf[pos + 1] & 0xFF;
            if (pos + 2 + length > end) {
                return NOT_FOUND;
            }
            if (elementId == id) {
                return pack(pos + 2, length);
            }
            pos += 2 + length;
        }
        return NOT_FOUND;
    }

    private static long pack(int dataOffset, int dataLength) {
        return (long) dataOffset << 32 | dataLength;
    }
}
