package org.vtp.sfu.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vtp.sfu.rtp.RtpHeaderExtensions;
import org.vtp.sfu.rtp.RtpPacket;
import org.vtp.sfu.stream.SfuProducer;

/**
 * Finds the producer of an incoming RTP packet: by SSRC when the offer signalled it, else by the
 * RFC 8843 MID header extension, learning the SSRC from the first such packet.
 */
final class InboundRoutes {

    private final Map<Long, SfuProducer> bySsrc = new ConcurrentHashMap<>();
    private final Map<String, SfuProducer> byMid = new ConcurrentHashMap<>();
    private volatile int midExtensionId = -1;

    void route(String mid, SfuProducer producer, Iterable<Long> signalledSsrcs) {
        byMid.put(mid, producer);
        for (Long ssrc : signalledSsrcs) {
            bySsrc.put(ssrc, producer);
        }
    }

    void setMidExtensionId(int id) {
        midExtensionId = id;
    }

    void forget(SfuProducer producer) {
        bySsrc.values().removeIf(p -> p == producer);
        byMid.values().removeIf(p -> p == producer);
    }

    /** The producer of this packet, or null to drop it. */
    SfuProducer lookup(byte[] buf, int off, int len) {
        long ssrc = RtpPacket.ssrc(buf, off);
        SfuProducer producer = bySsrc.get(ssrc);
        if (producer != null || midExtensionId < 0) {
            return producer;
        }
        producer = byMidExtension(buf, off, len);
        if (producer != null) {
            bySsrc.put(ssrc, producer);
        }
        return producer;
    }

    SfuProducer bySsrc(long ssrc) {
        return bySsrc.get(ssrc);
    }

    private SfuProducer byMidExtension(byte[] buf, int off, int len) {
        long found = RtpHeaderExtensions.find(buf, off, len, midExtensionId);
        if (found == RtpHeaderExtensions.NOT_FOUND) {
            return null;
        }
        int dataOffset = RtpHeaderExtensions.dataOffset(found);
        int dataLength = RtpHeaderExtensions.dataLength(found);
        for (Map.Entry<String, SfuProducer> entry : byMid.entrySet()) {
            if (equalsAscii(entry.getKey(), buf, dataOffset, dataLength)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean equalsAscii(String text, byte[] buf, int off, int len) {
        if (text.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (text.charAt(i) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }
}
