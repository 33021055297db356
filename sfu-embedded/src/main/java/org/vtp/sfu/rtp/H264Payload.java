package org.vtp.sfu.rtp;

import static org.vtp.sfu.rtp.BigEndian.inBounds;

/**
 * Keyframe detection over an H.264 RTP payload (RFC 6184, packetization-mode 1), read over
 * {@code (buf, off, len)} as returned by {@link RtpPacket#payloadOffset}. Every payload starts with
 * a NAL unit header (§5.3):
 *
 * <pre>
 *   +---------------+
 *   |0|1|2|3|4|5|6|7|
 *   |F|NRI|  Type   |   F = 0; Type 1-23 a single NAL unit (§5.6), 24 STAP-A, 28 FU-A
 *   +---------------+
 *
 * STAP-A (§5.7.1): the header, then aggregation units back to back:
 *   | STAP-A hdr | NALU 1 size (16 bits) | NALU 1 hdr | NALU 1 data... | NALU 2 size | ...
 *
 * FU-A (§5.8): one NAL unit in fragments:
 *   | FU indicator (F|NRI|28) | FU header |S|E|R|Type| | fragment...
 *   S = 1 on the first fragment, Type = the fragmented NAL unit's type
 * </pre>
 *
 * A keyframe starts with an SPS (type 7) and PPS (8) followed by an IDR slice (5); libwebrtc sends
 * the parameter sets in a STAP-A or as single NAL units, then the IDR in FU-A fragments. A packet
 * that carries an SPS or starts an IDR slice therefore starts a keyframe: forwarding from the first
 * of them gives a new receiver a decodable stream. Malformed payloads (a forbidden bit, an
 * aggregation unit of size 0 or beyond the payload, a fragment without its header) are never
 * keyframes: receivers discard them too.
 */
public final class H264Payload {

    static final int IDR = 5;
    static final int SPS = 7;
    static final int STAP_A = 24;
    static final int FU_A = 28;
    private static final int FU_START = 0x80;

    private H264Payload() {
    }

    /** True when this payload carries an SPS or the start of an IDR slice. */
    public static boolean isKeyframeStart(byte[] buf, int off, int len) {
        if (!inBounds(buf, off, len) || len < 1 || forbidden(buf[off])) {
            return false;
        }
        int type = type(buf[off]);
        if (type == STAP_A) {
            return stapAStartsKeyframe(buf, off + 1, len - 1);
        }
        if (type == FU_A) {
            return len >= 2 && (buf[off + 1] & FU_START) != 0 && startsKeyframe(type(buf[off + 1]));
        }
        return startsKeyframe(type);
    }

    private static boolean stapAStartsKeyframe(byte[] buf, int off, int len) {
        boolean keyframe = false;
        int p = off;
        int end = off + len;
        while (p < end) {
            if (end - p < 2) {
                return false;
            }
            int size = BigEndian.u16(buf, p);
            p += 2;
            if (size == 0 || size > end - p || forbidden(buf[p])) {
                return false;
            }
            keyframe |= startsKeyframe(type(buf[p]));
            p += size;
        }
        return keyframe;
    }

    private static boolean startsKeyframe(int nalType) {
        return nalType == SPS || nalType == IDR;
    }

    private static int type(byte header) {
        return header & 0x1F;
    }

    private static boolean forbidden(byte header) {
        return (header & 0x80) != 0;
    }
}
