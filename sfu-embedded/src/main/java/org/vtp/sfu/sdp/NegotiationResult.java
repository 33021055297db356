package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of answering one offer.
 *
 * @param answer   the SDP answer text (CRLF line ends)
 * @param remote   the client's transport parameters
 * @param accepted accepted sections, in offer order
 * @param rejected sections answered with port 0, in offer order
 */
public record NegotiationResult(String answer, RemoteTransport remote, List<NegotiatedSection> accepted,
                                List<RejectedSection> rejected) {

    public NegotiationResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    public Optional<NegotiatedSection> accepted(String mid) {
        return accepted.stream().filter(s -> s.mid().equals(mid)).findFirst();
    }

    public Optional<RejectedSection> rejected(String mid) {
        return rejected.stream().filter(s -> s.mid().equals(mid)).findFirst();
    }
}
