package org.vtp.sfu.api;

/**
 * The codecs the SFU forwards. It never transcodes: a receiver gets the sender's codec, so a class
 * sends one video codec every participant can decode (see {@link Router#videoCodec()}). Which SDP
 * formats count as which codec is decided in one place inside the SFU (its media policy).
 */
public enum Codec {
    /** Opus/48000/2 (RFC 7587). */
    OPUS(MediaKind.AUDIO),
    /** VP8/90000 (RFC 7741), the preferred video codec. */
    VP8(MediaKind.VIDEO),
    /** H264/90000, packetization-mode 1, constrained baseline (RFC 6184). */
    H264(MediaKind.VIDEO);

    private final MediaKind kind;

    Codec(MediaKind kind) {
        this.kind = kind;
    }

    public MediaKind kind() {
        return kind;
    }
}
