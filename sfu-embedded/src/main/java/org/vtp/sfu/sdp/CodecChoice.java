package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Optional;

/** The one codec answered for a section, with the fmtp and feedback lines that go with it. */
record CodecChoice(RtpMap rtpMap, Optional<String> fmtp, List<String> rtcpFeedback) {

    CodecChoice {
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }
}
