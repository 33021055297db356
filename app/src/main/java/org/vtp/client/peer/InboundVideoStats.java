package org.vtp.client.peer;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;
import java.util.Collection;
import java.util.Map;

/**
 * The decoder's view of one inbound video stream, from the {@code inbound-rtp} entry of a stats
 * report (W3C webrtc-stats, RTCInboundRtpStreamStats). Zero where the entry or a field is absent
 * (libwebrtc omits frameWidth until the first frame is decoded).
 */
public record InboundVideoStats(long framesDecoded, long framesReceived, int frameWidth, int frameHeight,
                                long packetsReceived, long bytesReceived) {

    public static final InboundVideoStats NONE = new InboundVideoStats(0, 0, 0, 0, 0, 0);

    public static InboundVideoStats from(RTCStatsReport report) {
        return from(report.getStats().values());
    }

    /** Sums over every video inbound-rtp entry (one per consumer when filtered by receiver). */
    public static InboundVideoStats from(Collection<RTCStats> stats) {
        InboundVideoStats sum = NONE;
        for (RTCStats s : stats) {
            Map<String, Object> a = s.getAttributes();
            if (s.getType() == RTCStatsType.INBOUND_RTP && "video".equals(kindOf(a))) {
                sum = new InboundVideoStats(
                        sum.framesDecoded + number(a, "framesDecoded"),
                        sum.framesReceived + number(a, "framesReceived"),
                        Math.max(sum.frameWidth, (int) number(a, "frameWidth")),
                        Math.max(sum.frameHeight, (int) number(a, "frameHeight")),
                        sum.packetsReceived + number(a, "packetsReceived"),
                        sum.bytesReceived + number(a, "bytesReceived"));
            }
        }
        return sum;
    }

    private static Object kindOf(Map<String, Object> attributes) {
        Object kind = attributes.get("kind");
        return kind != null ? kind : attributes.get("mediaType");
    }

    private static long number(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
