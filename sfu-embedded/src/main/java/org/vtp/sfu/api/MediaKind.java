package org.vtp.sfu.api;

/** What a producer or consumer carries. The SFU forwards Opus for audio, VP8 or H.264 for video ({@link Codec}). */
public enum MediaKind {
    AUDIO("audio"),
    VIDEO("video");

    private final String sdpName;

    MediaKind(String sdpName) {
        this.sdpName = sdpName;
    }

    /** The media name as written in an SDP {@code m=} line and in signalling payloads. */
    public String sdpName() {
        return sdpName;
    }

    /** Parses {@code "audio"} or {@code "video"}; anything else is an {@link SfuException}. */
    public static MediaKind fromSdpName(String name) throws SfuException {
        for (MediaKind kind : values()) {
            if (kind.sdpName.equals(name)) {
                return kind;
            }
        }
        throw new SfuException(SfuException.Code.INVALID_ARGUMENT, "unknown media kind: " + name);
    }
}
