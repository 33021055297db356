package org.vtp.sfu.channel;

/**
 * What a datagram on a WebRTC 5-tuple is, from its first bytes (RFC 7983 §7, and RFC 5761 §4 for
 * RTP vs RTCP under rtcp-mux).
 * <pre>
 *  first byte   0..3     STUN        (handled by ICE before us)
 *              20..63    DTLS
 *              64..79    TURN channel
 *             128..191   RTP / RTCP: RTCP when the second byte (M + PT) is 192..223
 * </pre>
 */
enum PacketKind {
    DTLS, RTP, RTCP, OTHER;

    private static final int DTLS_RECORD_HEADER = 13;
    private static final int RTP_HEADER = 12;
    private static final int RTCP_HEADER = 8;

    static PacketKind of(byte[] buf, int off, int len) {
        if (buf == null || len < 1 || off < 0 || off + len > buf.length) {
            return OTHER;
        }
        int first = buf[off] & 0xFF;
        if (first >= 20 && first <= 63) {
            return len >= DTLS_RECORD_HEADER ? DTLS : OTHER;
        }
        if (first >= 128 && first <= 191 && len >= RTCP_HEADER) {
            int second = buf[off + 1] & 0xFF;
            if (second >= 192 && second <= 223) {
                return RTCP;
            }
            return len >= RTP_HEADER ? RTP : OTHER;
        }
        return OTHER;
    }
}
