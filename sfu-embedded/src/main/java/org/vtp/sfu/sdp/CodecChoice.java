package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Optional;
import org.vtp.sfu.api.Codec;

/** One codec answered for a section, with the fmtp and feedback lines that go with it. */
record CodecChoice(Codec codec, RtpMap rtpMap, Optional<String> fmtp, List<String> rtcpFeedback) {

    CodecChoice {
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }
}
