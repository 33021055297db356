package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Objects;

/**
 * The SFU side of one transport as written into every accepted m-section of an answer.
 *
 * @param iceUfrag    ICE username fragment (RFC 8839 §5.4)
 * @param icePwd      ICE password
 * @param candidates  candidate attribute values, e.g. {@code candidate:1 1 udp 2130706431 127.0.0.1 10000 typ host}
 * @param fingerprint the DTLS certificate fingerprint, {@code sha-256} with upper-case hex and colons
 */
public record LocalTransportParams(String iceUfrag, String icePwd, List<String> candidates, Fingerprint fingerprint) {

    public LocalTransportParams {
        SdpText.requireToken(iceUfrag, "ice ufrag");
        SdpText.requireToken(icePwd, "ice pwd");
        Objects.requireNonNull(fingerprint, "fingerprint");
        candidates = List.copyOf(candidates);
        for (String c : candidates) {
            if (!c.startsWith("candidate:") || SdpText.hasControl(c)) {
                throw new IllegalArgumentException("not a candidate attribute value: " + c);
            }
        }
    }
}
