package org.vtp.sfu.sdp;

import java.util.Objects;
import org.vtp.sfu.api.MediaKind;

/**
 * What the SFU does with one m-section of an offer, chosen by the caller per mid. Directions are
 * the client's: RECEIVE means the SFU receives (the client produces), SEND means the SFU sends
 * (the client consumes). A mid without a decision is rejected, unless the client offers it
 * inactive (then it is answered inactive).
 */
public sealed interface MidDecision permits MidDecision.Reject, MidDecision.Receive, MidDecision.Send,
        MidDecision.Inactive {

    static MidDecision reject() {
        return new Reject();
    }

    static MidDecision receive(MediaKind kind) {
        return new Receive(kind);
    }

    static MidDecision send(MediaKind kind, long ssrc, String cname, String streamId, String trackId) {
        return new Send(kind, ssrc, cname, streamId, trackId);
    }

    /** A section kept in the BUNDLE with nothing on it, answered {@code a=inactive}. */
    static MidDecision inactive(MediaKind kind) {
        return new Inactive(kind);
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
     * Nothing flows on this {@code kind} section, but it stays accepted: for a consumer that ended
     * while the client's offer naming it was on its way, and for a section the client parked
     * inactive. Rejecting it (port 0) would be correct
     * SDP, but libwebrtc then fails the whole answer ("Failed to setup RTCP mux"); inactive keeps
     * the transport intact until the client stops the transceiver itself.
     */
    record Inactive(MediaKind kind) implements MidDecision {
        public Inactive {
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
