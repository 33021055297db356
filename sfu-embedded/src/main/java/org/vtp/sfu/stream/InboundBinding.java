package org.vtp.sfu.stream;

import java.util.Objects;
import org.vtp.sfu.api.Codec;

/**
 * What a producer's m-section negotiated: the codec and payload type it sends, its clock rate,
 * and which keyframe requests it understands.
 */
public record InboundBinding(Codec codec, int payloadType, int clockRate, boolean pliNegotiated,
                             boolean firNegotiated) {

    public InboundBinding {
        Objects.requireNonNull(codec, "codec");
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payloadType must be 0..127: " + payloadType);
        }
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate must be positive: " + clockRate);
        }
    }
}
