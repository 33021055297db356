package org.vtp.sfu.stream;

import org.vtp.sfu.api.StreamStats;

/** Packet, byte and keyframe-request counts; written by one thread, read by any. */
final class StreamCounters {

    private volatile long packets;
    private volatile long bytes;
    private volatile long keyframeRequests;

    /** Called by the one network thread that owns the stream. */
    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void countPacket(int length) {
        packets++;
        bytes += length;
    }

    synchronized void countKeyframeRequest() {
        keyframeRequests++;
    }

    StreamStats snapshot() {
        return new StreamStats(packets, bytes, keyframeRequests);
    }
}
