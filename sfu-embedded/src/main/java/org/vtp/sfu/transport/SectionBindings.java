package org.vtp.sfu.transport;

import org.vtp.sfu.sdp.NegotiatedSection;
import org.vtp.sfu.stream.InboundBinding;

/** Reads what the stream layer needs out of a negotiated m-section. */
final class SectionBindings {

    private SectionBindings() {
    }

    static InboundBinding inbound(NegotiatedSection section) {
        return new InboundBinding(section.payloadType(), section.clockRate(),
                section.rtcpFeedback().contains("nack pli"), section.rtcpFeedback().contains("ccm fir"));
    }
}
