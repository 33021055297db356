package org.vtp.sfu.rtp;

/** What arrived on the one media port, from its first bytes (see {@link PacketClassifier}). */
public enum PacketKind {
    STUN,
    DTLS,
    RTP,
    RTCP,
    /** ZRTP, TURN channel data, empty or unknown: dropped. */
    OTHER
}
