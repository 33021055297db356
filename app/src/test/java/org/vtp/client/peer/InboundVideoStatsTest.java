package org.vtp.client.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundVideoStatsTest {

    @Test
    void videoInboundRtpEntriesAreSummedAndOthersIgnored() {
        List<RTCStats> report = List.of(
                stats(RTCStatsType.INBOUND_RTP, Map.of("kind", "video", "framesDecoded", BigInteger.valueOf(40),
                        "frameWidth", 320L, "frameHeight", 240L, "packetsReceived", 90L)),
                stats(RTCStatsType.INBOUND_RTP, Map.of("kind", "video", "framesDecoded", 2)),
                stats(RTCStatsType.INBOUND_RTP, Map.of("kind", "audio", "packetsReceived", 500L)),
                stats(RTCStatsType.OUTBOUND_RTP, Map.of("kind", "video", "framesEncoded", 99L)));

        InboundVideoStats sum = InboundVideoStats.from(report);

        assertThat(sum.framesDecoded()).isEqualTo(42);
        assertThat(sum.frameWidth()).isEqualTo(320);
        assertThat(sum.frameHeight()).isEqualTo(240);
        assertThat(sum.packetsReceived()).isEqualTo(90);
    }

    @Test
    void missingOrWronglyTypedFieldsCountAsZero() {
        InboundVideoStats stats = InboundVideoStats.from(List.of(
                stats(RTCStatsType.INBOUND_RTP, Map.of("mediaType", "video", "framesDecoded", "many"))));

        assertThat(stats).isEqualTo(InboundVideoStats.NONE);
    }

    private static RTCStats stats(RTCStatsType type, Map<String, Object> attributes) {
        return new RTCStats(0, type, type + "-" + attributes.hashCode(), attributes) {
        };
    }
}
