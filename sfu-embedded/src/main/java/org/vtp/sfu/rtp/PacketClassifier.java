package org.vtp.sfu.rtp;

import static org.vtp.sfu.rtp.BigEndian.inBounds;

/**
 * Demultiplexes STUN, DTLS, RTP and RTCP sharing one port (RFC 7983 §7, first byte B):
 * 0-3 STUN, 20-63 DTLS, 128-191 RTP or RTCP; then RTCP when the second byte, the RTCP packet
 * type, is 192-223 (RFC 5761 §4: RTP payload types 64-95 are not used with rtcp-mux).
 */
public final class PacketClassifier {

    private PacketClassifier() {
    }

    public static PacketKind classify(byte[] buf, int off, int len) {
        if (!inBounds(buf, off, len) || len < 1) {
            return PacketKind.OTHER;
        }
        int first = buf[off] & 0xFF;
        if (first <= 3) {
            return PacketKind.STUN;
        }
        if (first >= 20 && first <= 63) {
            return PacketKind.DTLS;
        }
        if (first >= 128 && first <= 191 && len >= 2) {
            int second = buf[off + 1] & 0xFF;
            return second >= 192 && second <= 223 ? PacketKind.RTCP : PacketKind.RTP;
        }
        return PacketKind.OTHER;
    }
}
