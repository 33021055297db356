package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vtp.sfu.api.MediaKind;

/**
 * One accepted m-section of an answer.
 *
 * @param decision       {@link MidDecision.Receive} or {@link MidDecision.Send}
 * @param payloadType    the single payload type answered (Opus or VP8)
 * @param channels       2 for Opus, 1 for video
 * @param rtcpFeedback   answered feedback values, e.g. {@code nack pli} (video only)
 * @param extensions     answered header extensions, uri → id (the offer's ids; empty for SEND)
 * @param remoteSsrcs    RECEIVE only: the client's signalled media SSRCs, RTX (FID) repair SSRCs
 *                       left out; empty when none are signalled (simulcast with rids)
 * @param midExtensionId RECEIVE only: the {@code sdes:mid} extension id, to match packets whose
 *                       SSRC was not signalled
 */
public record NegotiatedSection(String mid, MediaKind kind, MidDecision decision, int payloadType, int clockRate,
                                int channels, List<String> rtcpFeedback, Map<String, Integer> extensions,
                                List<Long> remoteSsrcs, Optional<Integer> midExtensionId) {

    public NegotiatedSection {
        rtcpFeedback = List.copyOf(rtcpFeedback);
        extensions = Map.copyOf(extensions);
        remoteSsrcs = List.copyOf(remoteSsrcs);
    }
}
