package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vtp.sfu.api.MediaKind;

/**
 * One accepted m-section of an answer.
 *
 * @param decision       {@link MidDecision.Receive}, {@link MidDecision.Send} or {@link MidDecision.Inactive}
 * @param codecs         the answered codecs in answer order, never empty: one when the SFU
 *                       receives; every forwarded one the client offered when it sends
 * @param extensions     answered header extensions, uri → id (the offer's ids; empty for SEND)
 * @param remoteSsrcs    RECEIVE only: the client's signalled media SSRCs, RTX (FID) repair SSRCs
 *                       left out; empty when none are signalled (simulcast with rids)
 * @param midExtensionId RECEIVE only: the {@code sdes:mid} extension id, to match packets whose
 *                       SSRC was not signalled
 */
public record NegotiatedSection(String mid, MediaKind kind, MidDecision decision, List<NegotiatedCodec> codecs,
                                Map<String, Integer> extensions, List<Long> remoteSsrcs,
                                Optional<Integer> midExtensionId) {

    public NegotiatedSection {
        codecs = List.copyOf(codecs);
        if (codecs.isEmpty()) {
            throw new IllegalArgumentException("an accepted section has a codec");
        }
        extensions = Map.copyOf(extensions);
        remoteSsrcs = List.copyOf(remoteSsrcs);
    }

    /** The first answered codec: the one a producer sends. */
    public NegotiatedCodec codec() {
        return codecs.get(0);
    }

    public int payloadType() {
        return codec().payloadType();
    }

    public int clockRate() {
        return codec().clockRate();
    }

    public int channels() {
        return codec().channels();
    }

    public List<String> rtcpFeedback() {
        return codec().rtcpFeedback();
    }
}
