package org.vtp.sfu.sdp;

import java.util.List;

/**
 * The client's ICE and DTLS parameters from its offer: of the offerer-tagged section (all accepted
 * sections share it through BUNDLE, RFC 9143 §7.1.3), session-level values resolved.
 *
 * @param candidates candidate attribute values of that section ({@code candidate:...}); may be
 *                   empty with trickle ICE
 */
public record RemoteTransport(String iceUfrag, String icePwd, Fingerprint fingerprint, List<String> candidates) {

    public RemoteTransport {
        candidates = List.copyOf(candidates);
    }
}
