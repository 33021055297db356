package org.vtp.server.e2e.browser;

import java.util.Map;

/**
 * One row of {@code window.vtpInboundStats()}: what a page receives from one consumer (one
 * remote track), from the browser's own inbound-rtp statistics.
 */
public record InboundStats(String peerId, String kind, long framesDecoded, long frameWidth, long packetsReceived,
                           long bytesReceived, long totalSamplesReceived, double audioLevel) {

    static InboundStats fromScript(Map<?, ?> row) {
        return new InboundStats(String.valueOf(row.get("peerId")), String.valueOf(row.get("kind")),
                number(row, "framesDecoded"), number(row, "frameWidth"), number(row, "packetsReceived"),
                number(row, "bytesReceived"), number(row, "totalSamplesReceived"),
                row.get("audioLevel") instanceof Number n ? n.doubleValue() : 0);
    }

    private static long number(Map<?, ?> row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0;
    }

    public boolean isVideo() {
        return "video".equals(kind);
    }
}
