package org.vtp.sfu.sdp;

import java.util.Objects;
import org.vtp.sfu.api.MediaKind;

/**
 * What the SFU does with one m-section of an offer, chosen by the caller per mid. Directions are
 * the client's: RECEIVE means the SFU receives (the client produces), SEND means the SFU sends
 * (the client consumes). A mid without a decision is rejected.
 */
public sealed interface MidDecision permits MidDecision.Reject, MidDecision.Receive, MidDecision.Send {

    static MidDecision reject() {
        return new Reject();
    }

    static MidDecision receive(MediaKind kind) {
        return new Receive(kind);
    }

    static MidDecision send(MediaKind kind, long ssrc, String cname, String streamId, String trackId) {
        return new Send(kind, ssrc, cname, streamId, trackId);
    }

    /** Answer the section with port 0. */
    record Reject() implements MidDecision {
    }

    /** A producer: the client sends {@code kind} media on this section. */
    record Receive(MediaKind kind) implements MidDecision {
        public Receive {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A consumer: the SFU sends {@code kind} media with {@code ssrc}, announced as
     * {@code a=msid:<streamId> <trackId>} (RFC 8830) with {@code a=ssrc:<ssrc> cname:<cname>}.
     */
    record Send(MediaKind kind, long ssrc, String cname, String streamId, String trackId) implements MidDecision {
        public Send {
            Objects.requireNonNull(kind, "kind");
            if (ssrc < 0 || ssrc > SsrcAttribute.MAX_SSRC) {
                throw new IllegalArgumentException("ssrc out of 32-bit range: " + ssrc);
            }
            SdpText.requireToken(cname, "cname");
            SdpText.requireToken(streamId, "msid stream id");
            SdpText.requireToken(trackId, "msid track id");
        }
    }
}
