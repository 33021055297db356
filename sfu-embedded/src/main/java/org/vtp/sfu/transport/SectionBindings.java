package org.vtp.sfu.transport;

import java.util.EnumMap;
import java.util.Map;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.sdp.NegotiatedCodec;
import org.vtp.sfu.sdp.NegotiatedSection;
import org.vtp.sfu.stream.InboundBinding;

/** Reads what the stream layer needs out of a negotiated m-section. */
final class SectionBindings {

    private SectionBindings() {
    }

    static InboundBinding inbound(NegotiatedSection section) {
        NegotiatedCodec codec = section.codec();
        return new InboundBinding(codec.codec(), codec.payloadType(), codec.clockRate(),
                codec.rtcpFeedback().contains("nack pli"), codec.rtcpFeedback().contains("ccm fir"));
    }

    /** The receiver's payload type for each codec it can take on a consumer's section. */
    static Map<Codec, Integer> consumerPayloadTypes(NegotiatedSection section) {
        Map<Codec, Integer> types = new EnumMap<>(Codec.class);
        section.codecs().forEach(c -> types.put(c.codec(), c.payloadType()));
        return types;
    }
}
