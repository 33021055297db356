package org.vtp.sfu.rtp;

import static org.vtp.sfu.rtp.BigEndian.inBounds;

/**
 * The VP8 payload descriptor (RFC 7741 §4.2) and payload header (§4.3), read over an RTP payload
 * {@code (buf, off, len)} as returned by {@link RtpPacket#payloadOffset}.
 *
 * <pre>
 *   |X|R|N|S|R| PID |   required
 *   |I|L|T|K| RSV   |   if X
 *   |M| PictureID   |   if I (a second PictureID byte if M)
 *   |   TL0PICIDX   |   if L
 *   |TID|Y| KEYIDX  |   if T or K
 * payload header, first partition only (S=1, PID=0):
 *   |Size0|H| VER |P|  size1  |  size2  |  keyframes: 0x9d 0x01 0x2a, width(2), height(2)
 * </pre>
 * P = 0 marks a keyframe; its start code makes the check robust against garbage.
 */
public final class Vp8PayloadDescriptor {

    private static final int KEYFRAME_HEADER_LENGTH = 10;

    private Vp8PayloadDescriptor() {
    }

    /** Length of the payload descriptor, or -1 when the payload is too short to hold it. */
    public static int length(byte[] buf, int off, int len) {
        if (!inBounds(buf, off, len) || len < 1) {
            return -1;
        }
        int length = 1;
        if ((buf[off] & 0x80) != 0) {
            if (len < 2) {
                return -1;
            }
            int extension = buf[off + 1] & 0xFF;
            length = 2;
            if ((extension & 0x80) != 0) {
                if (len < 3) {
                    return -1;
                }
                length += (buf[off + 2] & 0x80) != 0 ? 2 : 1;
            }
            if ((extension & 0x40) != 0) {
                length++;
            }
            if ((extension & 0x30) != 0) {
                length++;
            }
        }
        return length <= len ? length : -1;
    }

    /** True when this payload starts a VP8 keyframe (first packet of its first partition). */
    public static boolean isKeyframeStart(byte[] buf, int off, int len) {
        int descriptor = length(buf, off, len);
        if (descriptor < 0 || (buf[off] & 0x17) != 0x10 || len - descriptor < KEYFRAME_HEADER_LENGTH) {
            return false;
        }
        int p = off + descriptor;
        return (buf[p] & 0x01) == 0
                && (buf[p + 3] & 0xFF) == 0x9d
                && buf[p + 4] == 0x01
                && buf[p + 5] == 0x2a;
    }
}
