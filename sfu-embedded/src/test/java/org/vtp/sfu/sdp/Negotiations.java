package org.vtp.sfu.sdp;

import java.util.List;
import java.util.Map;
import org.vtp.sfu.api.MediaKind;

/** Fixtures for negotiator tests: the SFU's local parameters and common decisions. */
final class Negotiations {

    static final String LOCAL_FINGERPRINT =
            "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99";
    static final LocalTransportParams LOCAL = new LocalTransportParams("sfuU", "sfuPasswordOf22Chars.x",
            List.of("candidate:1 1 udp 2130706431 127.0.0.1 10000 typ host"),
            new Fingerprint("sha-256", LOCAL_FINGERPRINT));

    static final Map<String, MidDecision> RECEIVE_BOTH = Map.of(
            "0", MidDecision.receive(MediaKind.AUDIO), "1", MidDecision.receive(MediaKind.VIDEO));

    static final Map<String, MidDecision> SEND_BOTH = Map.of(
            "0", MidDecision.send(MediaKind.AUDIO, 1111L, "sfu-cname", "peerA", "consumerAudio"),
            "1", MidDecision.send(MediaKind.VIDEO, 4294967295L, "sfu-cname", "peerA", "consumerVideo"));

    private Negotiations() {
    }

    static SdpNegotiator negotiator() {
        return new SdpNegotiator(() -> 0x0123_4567_89AB_CDEFL);
    }

    /** The offer with every line starting with {@code prefix} removed. */
    static String without(String offer, String prefix) {
        return String.join("", offer.lines().filter(l -> !l.startsWith(prefix)).map(l -> l + "\r\n").toList());
    }
}
