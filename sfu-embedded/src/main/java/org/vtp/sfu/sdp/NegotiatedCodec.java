package org.vtp.sfu.sdp;

import java.util.List;
import org.vtp.sfu.api.Codec;

/**
 * One codec of an accepted m-section, with the client's payload type for it.
 *
 * @param channels     2 for Opus, 1 for video
 * @param rtcpFeedback answered feedback values, e.g. {@code nack pli} (video only)
 */
public record NegotiatedCodec(Codec codec, int payloadType, int clockRate, int channels, List<String> rtcpFeedback) {

    public NegotiatedCodec {
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }
}
